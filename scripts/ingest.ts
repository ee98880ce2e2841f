/**
 * npm run ingest -- <file> --place <id> [--slug <id>] [--title …] [--date YYYY[-MM[-DD]]] [--dry-run] [--force] [--allow-large]
 * npm run ingest -- <folder> --place <id> [--dry-run] [--force] [--allow-large]
 * npm run ingest -- --manifest <list.csv> [--place <default id>] [--dry-run] [--force] [--allow-large]
 *
 * Turns raw sources (UTF-8, UTF-16 with BOM, GB18030/GBK or Big5 text) into draft entries
 * content/documents/<slug>.mdx and copies each raw file, byte for byte, to content/sources/
 * (src/lib/ingest/: atomic, never overwriting another source, backing up what --force replaces).
 * A batch goes on past a failed file and ends with one summary. The project root is the working directory.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/lib/ingest/errors.ts';
import { ingestOne, loadIngestContext, type IngestOutcome } from '../src/lib/ingest/ingest-one.ts';
import { readFolder, readManifest, type BatchItem } from '../src/lib/ingest/manifest.ts';
import { SOURCES_DIR } from '../src/lib/paths.ts';

const USAGE = [
  '用法 / usage:',
  '  npm run ingest -- <file> --place <id> [--slug <id>] [--title 标题] [--date YYYY[-MM[-DD]]] [--dry-run] [--force] [--allow-large]',
  '  npm run ingest -- <folder> --place <id> [--dry-run] [--force] [--allow-large]',
  '  npm run ingest -- --manifest <list.csv> [--place <id>] [--dry-run] [--force] [--allow-large]',
].join('\n');

function describe(outcome: IngestOutcome): string {
  const { draft, decoded } = outcome;
  return [
    `已写入 / written: ${outcome.entry}(编码 ${decoded.encoding},置信度 ${decoded.confidence};做法 ${draft.practices.length} 条,未达主题阈值的段落 ${draft.untagged} 段,主题 ${draft.themes.join(' ')})`,
    `源文件 / source: ${SOURCES_DIR}/${outcome.source}${outcome.reusedSource ? '(已存在,内容相同)' : ''}${outcome.renamedSource ? '(原文件名已被另一份内容占用,改用新文件名)' : ''}`,
    ...(outcome.backup ? [`原条目及其原文已备份到 / previous entry backed up to: ${outcome.backup}/`] : []),
  ].join('\n');
}

const REVIEW_HINT =
  '条目标为 review: { state: draft },页面显示“待审”;核对标题、日期、体裁、摘要与做法划分后改为 reviewed。 / Review each draft, then set review.state: reviewed.';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      place: { type: 'string' },
      slug: { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      manifest: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'allow-large': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = process.cwd();
  const context = loadIngestContext(root);
  const common = { force: values.force, allowLarge: values['allow-large'], dryRun: values['dry-run'] };

  const [input, ...extra] = positionals;
  const isFolder = input !== undefined && statSync(resolve(root, input), { throwIfNoEntry: false })?.isDirectory() === true;
  if (!values.manifest && !isFolder) {
    if (!input || extra.length > 0) throw new IngestError(`须给出且只给出一个源文件。 / exactly one source file is required.\n${USAGE}`);
    if (!values.place) throw new IngestError(`缺少 --place。已知地点 / known places: ${context.places.join(', ')}\n${USAGE}`);
    const outcome = ingestOne(context, {
      path: resolve(root, input),
      label: input,
      place: values.place,
      ...common,
      ...(values.slug ? { slug: values.slug } : {}),
      ...(values.title ? { title: values.title } : {}),
      ...(values.date !== undefined ? { date: values.date } : {}),
    });
    if (values['dry-run']) process.stdout.write(outcome.draft.mdx);
    else console.log(`${describe(outcome)}\n${REVIEW_HINT}`);
    return 0;
  }

  // A batch: per-file options would apply to every file, so they are refused.
  if (values.slug || values.title || values.date || (values.manifest && input) || extra.length > 0) {
    throw new IngestError(`批量导入时 --slug、--title、--date 请写在清单(CSV)的列中。 / in a batch, give slug, title and date as manifest columns.\n${USAGE}`);
  }
  const items: BatchItem[] = values.manifest ? readManifest(resolve(root, values.manifest)) : readFolder(resolve(root, input ?? '.'));
  const drafted: IngestOutcome[] = [];
  const failed: { label: string; message: string }[] = [];
  for (const item of items) {
    try {
      const outcome = ingestOne(context, { ...item, place: item.place ?? values.place, ...common });
      drafted.push(outcome);
      if (!values['dry-run']) console.log(describe(outcome));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      failed.push({ label: item.label, message: error.message });
    }
  }
  const lines = [
    '',
    `批量导入汇总 / batch summary: ${items.length} 个文件,起草 ${drafted.length} 篇${values['dry-run'] ? '(--dry-run,未写入)' : ''},失败 ${failed.length} 个`,
    ...drafted.map(
      (outcome) =>
        `  ✔ ${outcome.slug}: ${outcome.decoded.encoding},做法 ${outcome.draft.practices.length} 条,` +
        `日期 ${outcome.draft.date.value}${outcome.dateInferred ? '(推断)' : ''}${outcome.backup ? `,原条目备份于 ${outcome.backup}/` : ''}`,
    ),
    ...failed.map(({ label, message }) => `  ✘ ${label}: ${message}`),
    ...(drafted.length ? [`待审 / to review: ${drafted.length} 篇,每篇的 notes 列出待核对的推断。`, REVIEW_HINT] : []),
  ];
  console.log(lines.join('\n'));
  return failed.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`ingest: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`ingest: 参数有误 / bad arguments: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
