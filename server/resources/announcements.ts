import type { Announcement, RichBlock } from '../../contract/announcements.js';
import { routes } from '../../contract/routes.js';
import { now } from '../clock.js';
import type { Api } from '../http/api.js';
import { notFound } from '../http/errors.js';

export interface AnnouncementRow {
  id: number; kind: Announcement['kind']; title: string; body: RichBlock[]; body_html: string;
  starts_at: Date | null; ends_at: Date | null; audience: 'all' | 'customers';
}

export const toAnnouncement = (row: AnnouncementRow): Announcement => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  startsAt: row.starts_at?.toISOString() ?? null,
  endsAt: row.ends_at?.toISOString() ?? null,
});

/** Announcements addressed to customer `$1`: to everyone, or to it by name. */
const addressedTo = `(a.audience = 'all' OR EXISTS (
  SELECT 1 FROM announcement_customers ac WHERE ac.announcement_id = a.id AND ac.customer_id = $1))`;

export function mountAnnouncements(api: Api) {
  api.handle(routes.listAnnouncements, async ({ db, caller, config }) => {
    const rows = await db.query<AnnouncementRow>(
      `SELECT a.* FROM announcements a
        WHERE ${addressedTo}
          AND (a.starts_at IS NULL OR a.starts_at <= $3) AND (a.ends_at IS NULL OR a.ends_at > $3)
          AND NOT EXISTS (SELECT 1 FROM announcement_dismissals d WHERE d.announcement_id = a.id AND d.contact_id = $2)
        ORDER BY COALESCE(a.starts_at, a.created_at) DESC, a.id DESC`,
      [caller.customerId, caller.contactId, now(config)],
    );
    return { items: rows.map(toAnnouncement) };
  });

  api.handle(routes.dismissAnnouncement, async ({ db, caller, params }) => {
    const [row] = await db.query(`SELECT a.id FROM announcements a WHERE a.id = $2 AND ${addressedTo}`, [caller.customerId, params.id]);
    if (!row) throw notFound('This announcement');
    await db.query(
      'INSERT INTO announcement_dismissals (announcement_id, contact_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [params.id, caller.contactId],
    );
  });
}
