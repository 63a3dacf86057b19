import { z } from 'zod';
import { AdminAnnouncement, AdminAnnouncementList, PostAnnouncementRequest } from '../admin.js';
import { Id } from '../common.js';
import { route } from '../route.js';

const admin = { kind: 'admin' } as const;

/** Supplier side: posting, scheduling and withdrawing announcements. */
export const adminAnnouncementRoutes = {
  adminPostAnnouncement: route({
    method: 'post',
    path: '/v1/admin/announcements',
    tag: 'admin',
    summary: 'Post an announcement now or for a date window, to everyone or to chosen customers; the body is sanitised.',
    auth: admin,
    body: PostAnnouncementRequest,
    status: 201,
    response: AdminAnnouncement,
    errors: [404],
  }),
  adminListAnnouncements: route({
    method: 'get',
    path: '/v1/admin/announcements',
    tag: 'admin',
    summary: 'Every announcement, past, current and scheduled.',
    auth: admin,
    response: AdminAnnouncementList,
  }),
  adminDeleteAnnouncement: route({
    method: 'delete',
    path: '/v1/admin/announcements/:id',
    tag: 'admin',
    summary: 'Withdraw an announcement.',
    auth: admin,
    params: z.object({ id: Id }),
    status: 204,
    errors: [404],
  }),
};
