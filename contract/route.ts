import type { z } from 'zod';
import type { Permission } from './session.js';

/** Who may call a route: anyone, a signed-in contact (optionally with a permission), or the supplier's admin key. */
export type RouteAuth = { kind: 'public' } | { kind: 'customer'; permission?: Permission } | { kind: 'admin' };

/**
 * One entry of the route table: the single description of an endpoint that the server validates
 * with, the OpenAPI document is generated from, and the isolation tests walk.
 */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Hono-style path, e.g. `/v1/products/:id`. */
  path: string;
  summary: string;
  tag: string;
  auth: RouteAuth;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Request headers the route reads, keys in lower case (e.g. `idempotency-key`). */
  headers?: z.ZodObject;
  body?: z.ZodType;
  /** Success status; 200 unless said. */
  status?: 200 | 201 | 202 | 204;
  response?: z.ZodType;
  /** A success answer that is not JSON (e.g. `application/pdf`); the handler returns a Response. */
  contentType?: string;
  /** Error statuses this route can answer besides 400/401/500. */
  errors?: number[];
}

export const route = <const T extends RouteSpec>(spec: T): T => spec;

// Narrow types, not RouteAuth, so a handler knows from the spec whether it has a caller.
export const publicRoute: { kind: 'public' } = { kind: 'public' };
export const customerRoute = (permission?: Permission): { kind: 'customer'; permission?: Permission } => ({ kind: 'customer', permission });
