import type { AdminAnnouncement } from '../../contract/admin.js';
import { routes } from '../../contract/routes.js';
import { now } from '../clock.js';
import type { Queryable } from '../db/database.js';
import type { Api } from '../http/api.js';
import { ApiError, notFound } from '../http/errors.js';
import { toAnnouncement, type AnnouncementRow } from '../resources/announcements.js';
import { sanitizeRichText, toRichText } from '../text/rich-text.js';

async function listAll(db: Queryable, id?: number): Promise<AdminAnnouncement[]> {
  const rows = await db.query<AnnouncementRow & { customer_ids: number[] }>(
    `SELECT a.*, COALESCE(array_agg(ac.customer_id ORDER BY ac.customer_id) FILTER (WHERE ac.customer_id IS NOT NULL), '{}') AS customer_ids
       FROM announcements a LEFT JOIN announcement_customers ac ON ac.announcement_id = a.id
      WHERE $1::int IS NULL OR a.id = $1
      GROUP BY a.id ORDER BY a.id DESC`,
    [id ?? null],
  );
  return rows.map((row) => ({ ...toAnnouncement(row), bodyHtml: row.body_html, audience: row.audience, customerIds: row.customer_ids }));
}

/** Supplier side: announcements, posted now or scheduled, to everyone or to chosen customers. */
export function mountAdminAnnouncements(api: Api) {
  api.handle(routes.adminPostAnnouncement, async ({ db, body, config }) => {
    // Sanitised on the way in: what is stored is already safe, whoever reads it later.
    const html = sanitizeRichText(body.bodyHtml);
    const id = await db.transaction(async (tx) => {
      if (body.customerIds) {
        const known = await tx.query<{ id: number }>('SELECT id FROM customers WHERE id = ANY ($1::int[])', [body.customerIds]);
        const missing = body.customerIds.filter((customerId) => !known.some((row) => row.id === customerId));
        if (missing.length) {
          throw new ApiError(400, 'validation_failed', 'Please check: customerIds.', { customerIds: `No such customer: ${missing.join(', ')}` });
        }
      }
      const [row] = await tx.query<{ id: number }>(
        `INSERT INTO announcements (kind, title, body_html, body, starts_at, ends_at, audience, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [body.kind, body.title, html, JSON.stringify(toRichText(html)), body.startsAt ?? null, body.endsAt ?? null,
          body.customerIds ? 'customers' : 'all', now(config)],
      );
      if (body.customerIds) {
        await tx.query(
          'INSERT INTO announcement_customers (announcement_id, customer_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING',
          [row!.id, body.customerIds],
        );
      }
      return row!.id;
    });
    return (await listAll(db, id))[0]!;
  });

  api.handle(routes.adminListAnnouncements, async ({ db }) => ({ items: await listAll(db) }));

  api.handle(routes.adminDeleteAnnouncement, async ({ db, params }) => {
    const [row] = await db.query('DELETE FROM announcements WHERE id = $1 RETURNING id', [params.id]);
    if (!row) throw notFound('This announcement');
  });
}
