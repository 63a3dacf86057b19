// `npm test`: the bundle budgets, the server suite, the browser suite, then the end-to-end suite (each runs even when one
// before it failed), then one summary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(root, '.test-results');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const failuresIn = (names: string[]) =>
  names.reduce((sum, name) => {
    try {
      return sum + Number(JSON.parse(readFileSync(join(resultsDir, name), 'utf8')).failed ?? 0);
    } catch {
      return sum + 1;
    }
  }, 0);

/**
 * Runs one npm script. A script that exits non-zero without having counted a failure (it crashed,
 * or never started its tests), or that writes no results at all, gets a failed entry of its own,
 * so the summary cannot read green.
 */
function step(script: string): boolean {
  const before = new Set(existsSync(resultsDir) ? readdirSync(resultsDir) : []);
  const result = spawnSync(npm, ['run', script], { cwd: root, stdio: 'inherit' });
  const ok = result.status === 0;
  const written = readdirSync(resultsDir).filter((name) => name.endsWith('.json') && !before.has(name));
  const problem =
    written.length === 0 ? `wrote no results, exit ${result.status ?? result.signal}`
    : !ok && failuresIn(written) === 0 ? `exited ${result.status ?? result.signal} without counting a failure`
    : undefined;
  if (problem) {
    const suite = `${script} (${problem})`;
    writeFileSync(join(resultsDir, `${script.replace(/\W/g, '-')}-exit.json`), JSON.stringify({ suite, passed: 0, failed: 1, skipped: 0 }) + '\n');
  }
  return ok && !problem;
}

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const budgets = step('check:budgets');
const server = step('test:server');
const browser = step('test:browser');
const e2e = step('test:e2e');
const summary = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/summary.ts')], { cwd: root, stdio: 'inherit' });
process.exit(budgets && server && browser && e2e && summary.status === 0 ? 0 : 1);
