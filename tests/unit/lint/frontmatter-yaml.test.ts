import { describe, expect, it } from 'vitest';
import { frontmatterYaml } from '../../../src/lib/lint/rules/frontmatter-yaml.ts';
import { corpus, edit, GOOD_MDX, GOOD_PATH, locations, run, withDocument } from './fixtures.ts';

describe('frontmatter-yaml', () => {
  it('passes valid frontmatter', () => {
    expect(run(frontmatterYaml, corpus())).toEqual([]);
  });

  it('reports invalid YAML at its line', () => {
    const problems = run(frontmatterYaml, withDocument(edit('genre: 讲话', 'genre: [讲话')));
    expect(locations(problems)).toEqual([{ rule: 'frontmatter-yaml', file: GOOD_PATH, line: 6 }]);
  });

  it('reports a file without frontmatter', () => {
    const problems = run(frontmatterYaml, withDocument(GOOD_MDX.replace(/^---\n/, '')));
    expect(locations(problems)).toEqual([{ rule: 'frontmatter-yaml', file: GOOD_PATH, line: 1 }]);
  });
});
