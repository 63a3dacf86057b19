import { z } from 'zod';

/**
 * Rich text as a small tree instead of HTML: the server sanitises what the supplier wrote and
 * converts it into these blocks, so a browser renders text nodes only and never parses markup.
 */
export const RichInline = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional() }),
    z.object({
      type: z.literal('link'),
      text: z.string(),
      href: z.string().describe('An http, https or mailto address.'),
      bold: z.boolean().optional(),
      italic: z.boolean().optional(),
    }),
    z.object({ type: z.literal('break') }),
  ])
  .meta({ id: 'RichInline' });
export type RichInline = z.infer<typeof RichInline>;

export const RichBlock = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), content: z.array(RichInline) }),
    z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(RichInline)) }),
  ])
  .meta({ id: 'RichBlock' });
export type RichBlock = z.infer<typeof RichBlock>;

export const AnnouncementKind = z.enum(['news', 'promotion']).meta({ id: 'AnnouncementKind' });
export type AnnouncementKind = z.infer<typeof AnnouncementKind>;

export const Announcement = z
  .object({
    id: z.number().int(),
    kind: AnnouncementKind,
    title: z.string(),
    body: z.array(RichBlock),
    startsAt: z.string().nullable().describe('ISO 8601 instant it is shown from; null: since it was posted.'),
    endsAt: z.string().nullable().describe('ISO 8601 instant it stops being shown; null: until withdrawn.'),
  })
  .meta({ id: 'Announcement' });
export type Announcement = z.infer<typeof Announcement>;

export const AnnouncementList = z.object({ items: z.array(Announcement) }).meta({ id: 'AnnouncementList' });
export type AnnouncementList = z.infer<typeof AnnouncementList>;
