interface Entry {
  etag: string;
  body: string;
  contentType: string;
}

/**
 * Conditional GETs for the ky instance: remembers the last answer to each GET that carried an
 * ETag, sends `If-None-Match` next time, and turns a `304 Not Modified` back into that answer, so
 * an unchanged catalogue page costs the server no body and the network no bytes. Entries are keyed
 * by the Authorization header as well as the URL, because prices differ per customer.
 */
export function createEtagCache(limit = 100) {
  const entries = new Map<string, Entry>();
  const keyOf = (request: Request) => `${request.headers.get('Authorization') ?? ''} ${request.url}`;

  return {
    beforeRequest(request: Request) {
      if (request.method !== 'GET') return;
      const entry = entries.get(keyOf(request));
      if (entry) request.headers.set('If-None-Match', entry.etag);
    },

    async afterResponse(request: Request, _options: unknown, response: Response): Promise<Response | void> {
      if (request.method !== 'GET') return;
      const key = keyOf(request);
      const entry = entries.get(key);
      if (response.status === 304 && entry) {
        // Most recently used last: the oldest entry is the first to go.
        entries.delete(key);
        entries.set(key, entry);
        return new Response(entry.body, { status: 200, headers: { 'Content-Type': entry.contentType, ETag: entry.etag } });
      }
      const etag = response.headers.get('ETag');
      entries.delete(key);
      if (response.status !== 200 || !etag) return;
      entries.set(key, { etag, body: await response.clone().text(), contentType: response.headers.get('Content-Type') ?? 'application/json' });
      if (entries.size > limit) entries.delete(entries.keys().next().value as string);
    },
  };
}
