/**
 * Walks every format for every document in content/documents (whatever they are) and for each
 * fixture (an unsigned, undated source among them), and fails if a
 * value that is not stated in the source (inferred, supplied by the site, only a bound) is
 * rendered as if it were: such a value must carry its format's mark wherever it appears.
 * Commentary fields (annote, N1, %Z, {Notes}) explain the marks and are not checked; nor are
 * URLs and keys, which contain slugs.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../src/lib/citation/formats.ts';
import { gbtPassage, gbtReference, GBT_EDITIONS } from '../../../src/lib/citation/gbt7714.ts';
import { documentJsonLd, dublinCoreTags, highwireTags } from '../../../src/lib/citation/metadata.ts';
import { referenceYear, type Citation } from '../../../src/lib/citation/model.ts';
import { documentYear } from '../../../src/lib/document-year.ts';
import { REFERENCE_FIELDS } from '../../../src/lib/provenance.ts';
import { ACCESSED, corpusCitations, fixture, FIXTURES, type FixtureName } from './fixtures.ts';

const COMMENTARY = /^(?: {2}annote = .*|N1 {2}- .*|%Z .*|\{Notes\}: .*)$/gm;

function checkable(text: string, citation: Citation): string {
  return text
    .replace(COMMENTARY, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\/documents\/\S+/g, '')
    .replace(/^@\w+\{[^,]+,$/gm, '')
    .replace(/^ {2}key = .*$/gm, '')
    .replace(new RegExp(citation.slug, 'g'), '');
}

/** Every occurrence of `value` in `text` lies inside one of the marked forms. */
function unmarked(text: string, value: string, marks: string[]): string[] {
  const covered: [number, number][] = [];
  for (const mark of marks) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) covered.push([at, at + mark.length]);
  }
  const bad: string[] = [];
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
    const inside = covered.some(([start, end]) => at >= start && at + value.length <= end);
    // A year is only a year when not part of a longer number.
    const standalone = !/\d/.test(text[at - 1] ?? '') && !/\d/.test(text[at + value.length] ?? '');
    if (!inside && standalone) bad.push(text.slice(Math.max(0, at - 30), at + value.length + 30));
  }
  return bad;
}

function outputs(citation: Citation): [string, string][] {
  const options = { accessed: ACCESSED };
  const meta = [...highwireTags(citation), ...dublinCoreTags(citation, '某地', ['某主题'])];
  const jsonLd = JSON.parse(JSON.stringify(documentJsonLd(citation, { name: '站' }, { name: '某地', url: '/p/' }, [])));
  delete jsonLd.isBasedOn.citation;
  return [
    ...Object.entries(FORMATS).map(([extension, format]): [string, string] => [extension, format.render(citation, options)]),
    ...GBT_EDITIONS.map((edition): [string, string] => [`gbt${edition} original`, gbtReference(citation, edition)]),
    ['passage', gbtPassage(citation, { id: 'p', title: '段' }, 'http://o', ACCESSED)],
    ['head metadata', meta.map((tag) => `${tag.name}: ${tag.content}`).join('\n')],
    ['JSON-LD', JSON.stringify(jsonLd)],
  ];
}

const citations = [...corpusCitations(), ...(Object.keys(FIXTURES) as FixtureName[]).map((name) => fixture(name))];

describe.each(citations.map((citation) => [citation.slug, citation] as const))('%s', (_slug, citation) => {
  const { provenance } = citation;

  it('knows the status of every reference field', () => {
    expect(Object.keys(provenance).sort()).toEqual([...REFERENCE_FIELDS].sort());
  });

  it.each(outputs(citation))('%s renders no non-stated value as stated', (format, raw) => {
    // By format, not by the text: a reference may itself open with a bracket (`[Title supplied]. …`).
    const isCsl = format === 'json';
    // CSL-JSON: the commentary is `annote`; a circa date is marked by its flag, checked below.
    const cslItems = isCsl ? (JSON.parse(raw) as { annote?: string; issued: { circa?: boolean; literal?: string } }[]) : [];
    const text = checkable(
      isCsl ? JSON.stringify(cslItems.map(({ annote: _annote, issued, ...rest }) => (issued.circa ? rest : { ...rest, issued }))) : raw,
      citation,
    );
    if (provenance.title.status !== 'stated') {
      expect(unmarked(text, citation.title, [`[${citation.title}]`])).toEqual([]);
    }
    const { year, field } = referenceYear(citation);
    if (field.status !== 'stated') {
      const withoutTitle = text.split(citation.title).join('');
      const marks = [`[${year}]`, `[${year}?]`, `[不早于${year}]`, `[不晚于${year}]`, `ca. ${year}`, `c. ${year}`, `not before ${year}`, `not after ${year}`];
      expect(unmarked(withoutTitle, year, marks)).toEqual([]);
      // CSL-JSON states a plain date as date-parts: a non-stated one is circa or a literal.
      for (const item of cslItems) expect(item.issued.circa === true || item.issued.literal?.startsWith('[')).toBe(true);
    }
    for (const creator of provenance.authors.status === 'stated' ? [] : citation.creators) {
      expect(creator.name.startsWith('[')).toBe(true);
    }
  });

  it('labels the document’s year on pages by the same status', () => {
    const year = documentYear({ value: citation.date.iso, ...(provenance.date.status === 'inferred' ? { inferred: true } : {}), ...(provenance.date.bound ? { bound: provenance.date.bound } : {}) });
    expect(year.status).toBe(provenance.date.status === 'stated' ? 'stated' : provenance.date.status);
    if (provenance.date.status !== 'stated') expect(year.label).not.toBe(`${citation.date.year}年`);
  });
});

it('the check catches an unmarked value (so it can fail)', () => {
  expect(unmarked('刘振江. 题[Z]. 2018.', '2018', ['[2018]'])).toHaveLength(1);
  expect(unmarked('刘振江. 题[Z]. [2018].', '2018', ['[2018]'])).toHaveLength(0);
});
