import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Which proxies in front of the back end may say who the client is (X-Forwarded-For): none by
 * default, so a client cannot pick its own address; a number of hops (a load balancer = 1); or the
 * proxies' addresses and subnets (`10.0.0.0/8`).
 */
export type TrustProxy = { hops: number } | { addresses: string[] };

/** `TRUST_PROXY`: unset, `false` or `0` trusts none; a whole number is hops; else a comma list of addresses and CIDRs. */
export function parseTrustProxy(value: string | undefined): TrustProxy | undefined {
  const text = value?.trim();
  if (!text || text === 'false' || text === '0') return undefined;
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const addresses = text.split(',').map((part) => part.trim()).filter(Boolean);
  for (const entry of addresses) {
    const [address, bits] = entry.split('/');
    if (!isIP(address ?? '') || (bits !== undefined && !/^\d+$/.test(bits))) throw new Error(`TRUST_PROXY: "${entry}" is not an address or subnet`);
  }
  return { addresses };
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are the same client. */
const normalise = (address: string) => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

function trustedList(addresses: string[]) {
  const list = new BlockList();
  for (const entry of addresses) {
    const [address, bits] = entry.split('/') as [string, string | undefined];
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return (address: string) => isIP(address) !== 0 && list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: the socket's peer, or, behind trusted proxies, the nearest address in
 * X-Forwarded-For that was not added by a trusted proxy. Entries a client wrote itself (left of
 * the trusted ones) are never believed.
 */
export function clientAddressOf(socketAddress: string, forwardedFor: string | undefined, trust: TrustProxy | undefined): string {
  const peer = normalise(socketAddress);
  if (!trust || !forwardedFor) return peer;
  // Nearest first: the socket's peer, then X-Forwarded-For from right to left.
  const chain = [peer, ...forwardedFor.split(',').map(normalise).filter(Boolean).reverse()];
  if ('hops' in trust) return chain[Math.min(trust.hops, chain.length - 1)]!;
  const trusted = trustedList(trust.addresses);
  let index = 0;
  while (index < chain.length - 1 && trusted(chain[index]!)) index++;
  return chain[index]!;
}

/** The client address of a request under the configured proxy trust; `unknown` when the socket has none. */
export function clientAddress(context: Context, trust: TrustProxy | undefined): string {
  let socket: string | undefined;
  try {
    socket = getConnInfo(context).remote.address;
  } catch {
    socket = undefined;
  }
  if (!socket) return 'unknown';
  return clientAddressOf(socket, context.req.header('x-forwarded-for'), trust);
}
