// Adds up every .test-results/*.json ({suite, passed, failed, skipped}) into one closing line,
// `N passed, N failed`; exits 1 when anything failed or nothing ran.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface SuiteCounts {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
}

const dir = fileURLToPath(new URL('../.test-results/', import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).sort() : [];

const suites: SuiteCounts[] = files.map((name) => {
  try {
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Partial<SuiteCounts>;
    const count = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : NaN);
    const suite = { suite: data.suite ?? name, passed: count(data.passed), failed: count(data.failed), skipped: count(data.skipped ?? 0) };
    if ([suite.passed, suite.failed, suite.skipped].some(Number.isNaN)) throw new Error('counts are not whole numbers');
    return suite;
  } catch (error) {
    // A results file that cannot be read is a failure of its suite, not a silent zero.
    return { suite: `${name} (unreadable: ${(error as Error).message})`, passed: 0, failed: 1, skipped: 0 };
  }
});

for (const { suite, passed, failed, skipped } of suites) {
  console.log(`${suite}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
const failed = suites.reduce((sum, suite) => sum + suite.failed, 0);
if (suites.length === 0) console.log('No test results in .test-results/.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
