import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { createEtagCache } from './etag-cache.js';
import { errorFromResponse, NetworkError, ServerError, TcError, AuthError } from './errors.js';

export interface ClientOptions {
  /** Base URL of the back end, e.g. `https://api.supplier.example`. */
  api: string;
  /** Returns the session token to send, if any. */
  token?: () => string | undefined;
  /** Called when the back end says the session is no longer valid. */
  onUnauthorized?: () => void;
  /** Milliseconds before a request is given up; 15 s by default. */
  timeout?: number;
  /** A `fetch` to use instead of the global one (tests, proxies). */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  searchParams?: Record<string, string | number | undefined>;
  json?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** How to read a successful answer: JSON (default) or a Blob (PDFs and other files). */
  responseType?: 'json' | 'blob';
  /** With `responseType: 'blob'`: the media type the file must have (e.g. `application/pdf`). */
  fileType?: string;
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One request to the back end: the parsed JSON answer, or a typed {@link TcError}. */
export type Http = <T>(method: Method, path: string, options?: RequestOptions) => Promise<T>;

/** The ky instance every resource shares: base URL, auth header, retries of safe requests, conditional GETs, typed errors. */
export function createHttp(options: ClientOptions): Http {
  const etags = createEtagCache();
  const instance: KyInstance = ky.create({
    prefixUrl: options.api,
    timeout: options.timeout ?? 15_000,
    retry: { limit: 2, methods: ['get'], statusCodes: [502, 503, 504] },
    ...(options.fetch && { fetch: options.fetch }),
    hooks: {
      beforeRequest: [
        (request) => {
          const token = options.token?.();
          if (token) request.headers.set('Authorization', `Bearer ${token}`);
        },
        // After the token: cached answers are kept per caller.
        (request) => etags.beforeRequest(request),
      ],
      afterResponse: [etags.afterResponse],
    },
  });

  return async <T>(method: Method, path: string, { searchParams, responseType, fileType, ...rest }: RequestOptions = {}) => {
    try {
      const response = await instance(path.replace(/^\//, ''), {
        method,
        ...rest,
        ...(searchParams && { searchParams: definedOnly(searchParams) }),
      });
      if (response.status === 204) return undefined as T;
      if (responseType === 'blob') {
        const file = await response.blob();
        // Something else under the file's name (a proxy's error page, a garbled answer) is not handed to the buyer as the file.
        if (fileType && !file.type.startsWith(fileType)) throw new ServerError(200, 'malformed', 'The server sent an answer that could not be read.');
        return file as T;
      }
      return (await response.json()) as T;
    } catch (error) {
      throw await toTcError(error, options);
    }
  };
}

async function toTcError(error: unknown, options: ClientOptions): Promise<unknown> {
  if (error instanceof TcError || (error instanceof DOMException && error.name === 'AbortError')) return error;
  if (error instanceof HTTPError) {
    const body = await error.response.json().catch(() => undefined);
    const typed = errorFromResponse(error.response.status, body);
    if (typed instanceof AuthError && typed.code === 'unauthenticated') options.onUnauthorized?.();
    return typed;
  }
  if (error instanceof TimeoutError) return new NetworkError('The server took too long to answer.', 'timeout');
  if (error instanceof SyntaxError) return new ServerError(200, 'malformed', 'The server sent an answer that could not be read.');
  return new NetworkError('The server could not be reached. Check your connection.');
}

function definedOnly(params: Record<string, string | number | undefined>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== '')) as Record<string, string | number>;
}
