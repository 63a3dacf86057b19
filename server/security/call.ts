// One HTTP call with any headers, for the security tests (the harness's request() sends no custom
// headers). Error answers must be in the contract's one error shape, whatever provoked them.
import { ApiErrorBody } from '../../contract/errors.js';

export interface Reply {
  status: number;
  // Tests read answers loosely; the server checks them against the contract itself.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export const TEST_ADMIN_KEY = 'test-admin-key';

export async function call(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  if (response.headers.get('content-type')?.includes('json')) body = JSON.parse(text);
  if (response.status >= 400 && !ApiErrorBody.safeParse(body).success) {
    throw new Error(`${method} ${path} → ${response.status} outside the error shape: ${text.slice(0, 300)}`);
  }
  return { status: response.status, body, text, headers: response.headers };
}

/** Fills `:name` parameters of a Hono-style path. */
export const fillPath = (path: string, values: Record<string, string | number>) =>
  path.replace(/:(\w+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for :${name} in ${path}`);
    return encodeURIComponent(String(values[name]));
  });

/** The `:name` parameters of a path, in order. */
export const pathParams = (path: string) => [...path.matchAll(/:(\w+)/g)].map((match) => match[1]!);
