// The dependency check fails on high and critical advisories of production packages only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockingAdvisories } from '../../scripts/audit-report.js';

test('high and critical advisories block; moderate and low do not', () => {
  const report = {
    vulnerabilities: {
      a: { name: 'a', severity: 'critical', via: [] },
      b: { name: 'b', severity: 'moderate', via: [] },
      c: { name: 'c', severity: 'high', via: [] },
      d: { name: 'd', severity: 'low', via: [] },
    },
  };
  assert.deepEqual(blockingAdvisories(report), ['a (critical)', 'c (high)']);
  assert.deepEqual(blockingAdvisories({ vulnerabilities: {} }), []);
});
