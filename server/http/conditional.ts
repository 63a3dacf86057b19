import type { MiddlewareHandler } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';

/**
 * Conditional GETs for answers that change rarely (the catalogue): a weak ETag computed from the
 * body, `304 Not Modified` when `If-None-Match` names it, and `Cache-Control: private, no-cache`
 * so that a cache keeps the answer but asks every time. The body carries the caller's own prices,
 * so the tag differs per customer and nothing may be shared between callers.
 */
export function conditionalGet(): MiddlewareHandler {
  // A 304 must keep the CORS headers too, or a browser on the supplier's site rejects it.
  const retainedHeaders = [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers', 'access-control-allow-credentials'];
  const tag = etag({ weak: true, retainedHeaders });
  return async (context, next) => {
    if (context.req.method !== 'GET') return next();
    await tag(context, async () => {
      await next();
      if (context.res.status === 200) {
        context.res.headers.set('Cache-Control', 'private, no-cache');
        context.res.headers.append('Vary', 'Authorization');
      }
    });
  };
}
