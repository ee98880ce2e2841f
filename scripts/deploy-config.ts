/**
 * `npm run deploy:config`: writes deploy/nginx.conf and public/_headers from the deploy table
 * (deploy/static-host.json). `-- --check` writes nothing and exits 1 naming each file that
 * differs from what the table gives (tests/unit/static-host.test.ts runs the same comparison).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderHeaders, renderNginx } from '../src/lib/deploy/static-host.ts';
import { readStaticHostTable } from './support/static-server.ts';

const GENERATED_FILES = { 'deploy/nginx.conf': renderNginx, 'public/_headers': renderHeaders } as const;

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const table = readStaticHostTable();
let stale = 0;
for (const [file, render] of Object.entries(GENERATED_FILES)) {
  const wanted = render(table);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (current === wanted) {
    console.log(`${file}: 与 deploy/static-host.json 一致`);
  } else if (values.check) {
    console.error(`${file}: 与 deploy/static-host.json 不一致,运行 npm run deploy:config 重新生成`);
    stale += 1;
  } else {
    writeFileSync(file, wanted);
    console.log(`${file}: 已按 deploy/static-host.json 重新生成`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
