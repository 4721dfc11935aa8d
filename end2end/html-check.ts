// After the whole suite: every page the server rendered during it (kept by the server in
// PORTICO_KEEP_PAGES_DIR, one file per address, language and status) is checked with the Nu Html
// Checker, the W3C's validator. One Java start for all pages: a check per page would cost a
// second each.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

export default async function checkHtml() {
  const dir = process.env.PORTICO_E2E_PAGES!;
  if (!existsSync(dir)) throw new Error(`no pages were kept in ${dir}: is PORTICO_KEEP_PAGES_DIR passed to the server?`);
  const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const error = e as { stderr?: Buffer; stdout?: Buffer; message: string };
    const report = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message;
    const lines = report.split('\n');
    throw new Error(`the Nu Html Checker found ${lines.length} errors in the pages kept in ${dir}:\n${lines.slice(0, 60).join('\n')}`);
  }
  console.log(`Nu Html Checker: ${pages.length} pages, no errors (${path.relative(process.cwd(), dir) || dir})`);
}
