import { z } from 'zod';
import { AnnouncementList } from '../announcements.js';
import { Id } from '../common.js';
import { customerRoute, route } from '../route.js';

/** The supplier's messages to the signed-in contact. */
export const announcementRoutes = {
  listAnnouncements: route({
    method: 'get',
    path: '/v1/announcements',
    tag: 'announcements',
    summary: 'Current announcements for this customer that this contact has not dismissed, newest first.',
    auth: customerRoute(),
    response: AnnouncementList,
  }),
  dismissAnnouncement: route({
    method: 'post',
    path: '/v1/announcements/:id/dismiss',
    tag: 'announcements',
    summary: 'Hide an announcement from this contact for good, on every device.',
    auth: customerRoute(),
    params: z.object({ id: Id }),
    status: 204,
    errors: [404],
  }),
};
