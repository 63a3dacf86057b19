import { expect } from '@open-wc/testing';
import { newIdempotencyKey } from './orders.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('is a version 4 UUID, new every time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(50);
    for (const key of keys) expect(key).to.match(UUID_V4);
  });

  it('works without crypto.randomUUID (a page served over plain HTTP), from getRandomValues', () => {
    // Shadow the prototype's method on the instance, as an insecure context lacks it.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(typeof crypto.randomUUID).to.equal('undefined');
      const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
      expect(keys.size).to.equal(50);
      for (const key of keys) expect(key).to.match(UUID_V4);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });
});
