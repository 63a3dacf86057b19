// Reads the token table out of src/styles/tokens.ts: each `--_tc-x: var(--tc-y, default)` line
// is a public token and its default, grouped by the comment above it.
export function tokenTables(source: string): { base: string; component: string } {
  const rows = { base: [] as string[], component: [] as string[] };
  let group: keyof typeof rows = 'base';
  let heading = '';
  for (const line of source.split('\n')) {
    const comment = /\/\*\s*(.+?)\s*\*\//.exec(line);
    if (comment) {
      heading = comment[1]!;
      if (/component/i.test(heading)) group = 'component';
      continue;
    }
    const token = /--_tc-[\w-]+:\s*var\((--tc-[\w-]+),\s*(.+)\);/.exec(line);
    if (token) rows[group].push(`| \`${token[1]}\` | ${group === 'base' ? heading : ''} | \`${token[2]!.replace(/var\(--_tc-([\w-]+)\)/g, '$1').replace(/\|/g, '\\|')}\` |`);
  }
  const header = '| Token | Kind | Default (or the token it derives from) |\n| --- | --- | --- |\n';
  return { base: header + rows.base.join('\n') + '\n', component: header + rows.component.join('\n') + '\n' };
}
