import { describe, expect, it } from 'vitest';
import { FORMAT_EXTENSIONS, isFormatExtension, joinReferences } from '../../../src/lib/citation/batch.ts';
import { FORMATS } from '../../../src/lib/citation/formats.ts';
import { ACCESSED, fixture } from './fixtures.ts';

describe('joinReferences', () => {
  it('numbers a GB/T list in order and lists other styles one per line', () => {
    expect(joinReferences('gbt2025.txt', ['甲[N]. 报，2021-01-01.\n', '乙[Z]. [2018].\n'])).toBe('[1] 甲[N]. 报，2021-01-01.\n[2] 乙[Z]. [2018].\n');
    expect(joinReferences('apa.txt', ['A.\n', 'B.\n'])).toBe('A.\nB.\n');
  });
  it('merges CSL-JSON arrays into one array', () => {
    expect(JSON.parse(joinReferences('json', ['[{"id":"a"}]\n', '[{"id":"b"}]\n']))).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
  it('puts records one after another, separated by a blank line', () => {
    const one = FORMATS.ris.render(fixture('newspaper'), { accessed: ACCESSED });
    const two = FORMATS.ris.render(fixture('speech'), { accessed: ACCESSED });
    const joined = joinReferences('ris', [one, two]);
    expect(joined.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(joined.match(/^ER {2}- \r$/gm)).toHaveLength(2);
    expect(joined.endsWith('ER  - \r\n')).toBe(true);
  });
  it('offers every format the site renders, and only those', () => {
    expect(Object.keys(FORMATS).sort()).toEqual([...FORMAT_EXTENSIONS].sort());
    expect(isFormatExtension('enw')).toBe(true);
    expect(isFormatExtension('exe')).toBe(false);
  });
});
