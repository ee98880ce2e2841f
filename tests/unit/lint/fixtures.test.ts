import { describe, expect, it } from 'vitest';
import { lintCorpus } from '../../../src/lib/lint/index.ts';
import { corpus } from './fixtures.ts';

describe('lint fixtures', () => {
  it('the good fixture passes every rule', () => {
    expect(lintCorpus(corpus())).toEqual([]);
  });
});
