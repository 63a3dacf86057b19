// A node:test reporter that writes one JSON line, {suite, passed, failed, skipped}, for scripts/summary.ts.
// The suite's name comes from TEST_SUITE (the runner's process inherits it), else "server".
export default async function* countReporter(source) {
  const counts = { suite: process.env.TEST_SUITE || 'server', passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    const isSuite = data.details?.type === 'suite';
    if (data.skip || data.todo) {
      if (!isSuite) counts.skipped += 1;
    } else if (event.type === 'test:pass') {
      if (!isSuite) counts.passed += 1;
    } else if (!isSuite || data.details?.error?.failureType !== 'subtestsFailed') {
      // A suite whose own hook failed counts once more, so a failing after() is never lost.
      counts.failed += 1;
    }
  }
  yield JSON.stringify(counts) + '\n';
}
