/**
 * Lists proposed practice types for practices that have none yet (or, with --all, for every
 * practice, to review the tagging), from the keywords in content/practice-types.json.
 * Usage: npm run suggest:types [-- --all]
 * Writes nothing: copy the types you accept into the practice's types="…" attribute.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { suggestTypes, type SuggestableType } from '../src/lib/compare/suggest.ts';
import { collectPractices, readDocumentFiles } from '../src/lib/corpus.ts';
import { DOCUMENTS_DIR, PRACTICE_TYPES_FILE } from '../src/lib/paths.ts';

const { values } = parseArgs({ options: { all: { type: 'boolean', default: false } } });
const vocabulary = JSON.parse(readFileSync(PRACTICE_TYPES_FILE, 'utf8')) as SuggestableType[];
const practices = collectPractices(readDocumentFiles(DOCUMENTS_DIR)).filter((practice) => values.all || practice.types.length === 0);

for (const practice of practices) {
  const suggestions = suggestTypes(`${practice.title}\n${practice.text}`, practice.themes, vocabulary);
  console.log(`${practice.document}.mdx:${practice.line} ${practice.id}(${practice.themes.join(' ')})`);
  console.log(
    suggestions.length > 0
      ? `  建议 types="${suggestions.map((suggestion) => suggestion.type).join(' ')}"\n` +
          suggestions.map((suggestion) => `    ${suggestion.type}:${suggestion.matched.join('、')}`).join('\n')
      : '  无关键词命中,请按 content/practice-types.json 的定义人工判断',
  );
  if (values.all && practice.types.length > 0) console.log(`  现有 types="${practice.types.join(' ')}"`);
}
console.log(practices.length === 0 ? '所有做法都已标注类型。' : `共 ${practices.length} 条做法。`);
