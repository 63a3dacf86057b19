// The faults the browser suites inject: a fetch for the portal that is real until a fault is
// switched on (test/browser/faults.test.ts, test/browser/action-faults.test.ts).

export type Fault = '500' | 'malformed' | 'offline' | 'slow';
export const faults: Fault[] = ['500', 'malformed', 'offline', 'slow'];

/**
 * A fetch that is real until a fault is switched on for the requests `match` picks. `lost` lets
 * the request reach the back end and loses the answer (a connection that drops on the way back).
 */
export function faultyFetch(match: (request: Request, path: string) => boolean) {
  const state = { fault: undefined as Fault | 'lost' | undefined, faulted: 0 };
  const fetcher: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!state.fault || !match(request, new URL(request.url).pathname)) return fetch(request);
    state.faulted++;
    switch (state.fault) {
      case '500':
        return new Response(JSON.stringify({ error: { code: 'internal', message: 'Something went wrong on our side.' } }), {
          status: 500,
          headers: { 'content-type': 'application/json' },
        });
      case 'malformed':
        return new Response('{"lines": [ {"id": 1, "qu', { status: 200, headers: { 'content-type': 'application/json' } });
      case 'offline':
        throw new TypeError('Failed to fetch');
      case 'lost':
        await fetch(request);
        throw new TypeError('Failed to fetch');
      case 'slow':
        // Longer than the portal's timeout; gives up when the client aborts.
        return new Promise<Response>((resolve, reject) => {
          const timer = setTimeout(() => resolve(fetch(request)), 15_000);
          request.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(request.signal.reason);
          });
        });
    }
  };
  return Object.assign(state, { fetch: fetcher });
}
