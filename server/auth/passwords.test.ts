import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hashPassword, verifyPassword } from './passwords.js';

describe('password hashing', () => {
  test('a hash verifies the password it was made from and no other', async () => {
    const hash = await hashPassword('correct horse battery staple');
    assert.equal(await verifyPassword('correct horse battery staple', hash), true);
    assert.equal(await verifyPassword('correct horse battery stapl', hash), false);
    assert.equal(await verifyPassword('Correct horse battery staple', hash), false);
    assert.equal(await verifyPassword('', hash), false);
  });

  test('stores a salted scrypt hash, never the password', async () => {
    const [first, second] = await Promise.all([hashPassword('tradecounter'), hashPassword('tradecounter')]);
    assert.match(first, /^scrypt\$16384\$[\w-]{22}\$[\w-]{43}$/);
    assert.ok(!first.includes('tradecounter'));
    assert.notEqual(first, second, 'two hashes of one password differ by their salt');
    assert.equal(await verifyPassword('tradecounter', second), true);
  });

  test('compares Unicode passwords in NFKC form', async () => {
    const hash = await hashPassword('parolă');
    assert.equal(await verifyPassword('parola\u0306', hash), true, 'decomposed ă matches the composed one');
    assert.equal(await verifyPassword('parola', hash), false);
  });

  test('rejects a stored value that is not one of its hashes', async () => {
    for (const stored of ['', 'tradecounter', 'bcrypt$10$abc$def', 'scrypt$16384$onlysalt']) {
      assert.equal(await verifyPassword('tradecounter', stored), false, stored);
    }
  });
});
