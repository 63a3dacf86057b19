import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { RouteSpec } from '../../contract/route.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { findCaller, type Caller } from '../auth/sessions.js';
import { ApiError, forbidden, unauthenticated } from './errors.js';
import { validate } from './validate.js';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives: validated input, the caller for customer routes, and the services. */
export interface Request<Spec extends RouteSpec> {
  params: Out<Spec['params']>;
  query: Out<Spec['query']>;
  headers: Out<Spec['headers']>;
  body: Out<Spec['body']>;
  caller: Spec['auth'] extends { kind: 'customer' } ? Caller : undefined;
  db: Database;
  config: Config;
  /** The origin this request reached, for absolute links (images, PDFs). */
  origin: string;
  context: Context;
}

type Reply<Spec extends RouteSpec> = Spec['response'] extends z.ZodType ? z.input<Spec['response']> : void;

export type Handler<Spec extends RouteSpec> = (request: Request<Spec>) => Promise<Reply<Spec> | Response>;

/** Registers contract routes on a Hono app: authenticates, validates, calls the handler, shapes the answer. */
export class Api {
  constructor(
    readonly app: Hono,
    readonly db: Database,
    readonly config: Config,
  ) {}

  handle<Spec extends RouteSpec>(spec: Spec, handler: Handler<Spec>): void {
    this.app.on(spec.method.toUpperCase(), spec.path, async (context) => {
      const caller = spec.auth.kind === 'customer' ? await this.authenticate(context, spec.auth.permission) : undefined;
      if (spec.auth.kind === 'admin') this.checkAdminKey(context);
      const request = {
        params: spec.params ? validate(spec.params, context.req.param(), 'params') : undefined,
        query: spec.query ? validate(spec.query, context.req.query(), 'query') : undefined,
        headers: spec.headers ? validate(spec.headers, context.req.header(), 'headers') : undefined,
        body: spec.body ? validate(spec.body, await readJson(context), 'body') : undefined,
        caller,
        db: this.db,
        config: this.config,
        origin: new URL(context.req.url).origin,
        context,
      } as Request<Spec>;
      const result = await handler(request);
      if (result instanceof Response) return result;
      const status = spec.status ?? 200;
      if (status === 204) return context.body(null, 204);
      if (this.config.validateResponses && spec.response) {
        const check = spec.response.safeParse(result);
        if (!check.success) throw new Error(`Response of ${spec.method} ${spec.path} breaks the contract: ${check.error.message}`);
      }
      return context.json(result as object, status);
    });
  }

  private async authenticate(context: Context, permission?: string): Promise<Caller> {
    const header = context.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const caller = token ? await findCaller(this.db, token) : undefined;
    if (!caller) throw unauthenticated();
    if (permission && !caller.permissions.includes(permission as never)) throw forbidden(permission);
    return caller;
  }

  private checkAdminKey(context: Context) {
    if (context.req.header('x-admin-key') !== this.config.adminKey) {
      throw new ApiError(401, 'unauthenticated', 'A valid admin key is required.');
    }
  }
}

async function readJson(context: Context): Promise<unknown> {
  try {
    return await context.req.json();
  } catch {
    throw new ApiError(400, 'validation_failed', 'The request body must be JSON.', { body: 'Send a JSON object.' });
  }
}
