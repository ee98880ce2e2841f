/** Comparison inputs: a small one (three places, two themes, four types, one place silent on a theme) and a generated one with many places. */
import type { CompareInput, PracticeInput } from '../../../src/lib/compare/model.ts';
import { documentYear } from '../../../src/lib/document-year.ts';

const practice = (id: string, place: string, themes: string[], types: string[], kind: PracticeInput['kind'] = 'practice'): PracticeInput => ({
  id,
  document: `doc-${place}`,
  place,
  title: `${id} 标题`,
  text: `${id} 的正文,含“逗号”。`,
  themes,
  types,
  kind,
});

export const input: CompareInput = {
  config: { pairPagesUpToPlaces: 20, cellLimit: 2, cellFoldLimit: 1, themePlacesPerPage: 2, themePageTextChars: 1000 },
  places: [
    { id: 'zeta', name: '甲市' },
    { id: 'alpha', name: '乙市' },
    { id: 'mu', name: '丙市' },
  ],
  themes: [
    { id: 'cadres', name: '干部队伍建设' },
    { id: 'talent', name: '人才工作' },
  ],
  types: [
    { id: 'young', name: '年轻干部', nameEn: 'Young cadres', definition: '年轻干部。', theme: 'cadres', basis: '条例' },
    { id: 'training', name: '教育培训', nameEn: 'Training', definition: '培训。', theme: 'cadres', basis: '条例' },
    { id: 'flexible', name: '柔性引才', nameEn: 'Flexible', definition: '柔性引才。', theme: 'talent', basis: '意见' },
    { id: 'services', name: '人才服务', nameEn: 'Services', definition: '服务。', theme: 'talent', basis: '意见' },
  ],
  documents: [
    { id: 'doc-zeta', title: '甲文', place: 'zeta', year: documentYear({ value: '2017' }), genre: '年度综述', author: '', themes: ['cadres', 'talent'], figures: [] },
    {
      id: 'doc-alpha',
      title: '乙文',
      place: 'alpha',
      year: documentYear({ value: '2021', inferred: true }),
      genre: '讲话',
      author: '',
      themes: ['cadres', 'talent'],
      figures: [
        { quote: '引才12人', value: '12', unit: '人', counts: '柔性引进人才', period: '2020年', theme: 'talent', practice: 'alpha-flex', status: 'achieved', structural: false },
        { quote: '五年1500人', value: '1500', unit: '人', counts: '培训', period: '五年', theme: 'cadres', status: 'target', structural: false },
      ],
    },
    // mu's source does not deal with talent at all.
    { id: 'doc-mu', title: '丙文', place: 'mu', year: documentYear({ value: '2018', bound: 'notBefore' }), genre: '讲话', author: '', themes: ['cadres'], figures: [] },
  ],
  practices: [
    practice('zeta-young-1', 'zeta', ['cadres'], ['young', 'training']),
    practice('zeta-young-2', 'zeta', ['cadres'], ['young']),
    practice('zeta-young-3', 'zeta', ['cadres'], ['young']),
    practice('zeta-flex', 'zeta', ['talent'], ['flexible']),
    practice('alpha-flex', 'alpha', ['talent', 'cadres'], ['flexible', 'young']),
    practice('alpha-training-plan', 'alpha', ['cadres'], ['training'], 'requirement'),
    practice('mu-training', 'mu', ['cadres'], ['training']),
  ],
};

/**
 * More places than a page holds, and places with far more practices, requirements, sources and
 * figures than a page may show: 13 places, place i with 4·i practices of the first type (every
 * fourth a requirement), i documents and 0…i−1 figures per document. Theme and pair pages use it.
 */
export function manyPlacesInput(): CompareInput {
  const places = Array.from({ length: 13 }, (_, i) => ({ id: `p${String(i + 1).padStart(2, '0')}`, name: `合成${i + 1}市` }));
  const practices: PracticeInput[] = places.flatMap((place, i) =>
    Array.from({ length: 4 * (i + 1) }, (_, n): PracticeInput => ({
      id: `${place.id}-${n}`,
      document: `${place.id}-doc-${n % (i + 1)}`,
      place: place.id,
      title: `${place.id} 做法 ${n}`,
      text: '正文。'.repeat(n + 1),
      themes: ['cadres'],
      types: n % 3 === 0 ? ['young', 'training'] : ['young'],
      kind: n % 4 === 3 ? 'requirement' : 'practice',
    })),
  );
  const documents = places.flatMap((place, i) =>
    Array.from({ length: i + 1 }, (_, n) => ({
      id: `${place.id}-doc-${n}`,
      title: `${place.name}文献${n}`,
      place: place.id,
      year: documentYear({ value: String(2015 + n) }),
      genre: '讲话',
      author: '',
      themes: ['cadres'],
      figures: Array.from({ length: n }, (_, k) => ({
        quote: `${k}人`,
        value: String(k),
        unit: '人',
        counts: '人数',
        period: '当年',
        theme: 'cadres',
        status: 'achieved' as const,
        structural: false,
      })),
    })),
  );
  return { ...input, places, documents, practices, config: { pairPagesUpToPlaces: 20, cellLimit: 3, cellFoldLimit: 10, themePlacesPerPage: 6, themePageTextChars: 100 } };
}
