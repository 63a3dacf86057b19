import type { AnnouncementList } from '../../contract/announcements.js';
import type { Http } from './http.js';

export function announcementsResource(http: Http) {
  return {
    listAnnouncements: (signal?: AbortSignal) => http<AnnouncementList>('get', 'v1/announcements', { signal }),
    /** Hides an announcement from this contact for good. */
    dismiss: (id: number) => http<void>('post', `v1/announcements/${id}/dismiss`),
  };
}
