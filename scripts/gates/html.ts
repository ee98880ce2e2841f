/** `npm run check:html`: html-validate (rules in .htmlvalidate.json) on every page in dist/, zero errors and warnings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { listPages, report, requireDist, DIST_DIR } from './dist.ts';

requireDist(DIST_DIR);
// The project's rules, whichever folder dist/ is in (the determinism and bench builds write elsewhere).
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = listPages(DIST_DIR);
const problems: string[] = [];
for (const { file } of pages) {
  const result = await validator.validateFile(join(DIST_DIR, file));
  for (const { messages } of result.results) {
    for (const message of messages) {
      problems.push(`${DIST_DIR}/${file}:${message.line}:${message.column} [${message.ruleId}] ${message.message}`);
    }
  }
}
report('check:html', `html-validate 检查了 ${pages.length} 个页面`, problems);
