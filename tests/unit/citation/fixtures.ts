/** The five curated documents' frontmatter, read the way the build reads it. */
import { documentSlug, parseFrontmatter, readDocumentFiles } from '../../../src/lib/corpus.ts';
import { DOCUMENTS_DIR } from '../../../src/lib/paths.ts';
import { citationFromFrontmatter, type Citation, type CitationInput } from '../../../src/lib/citation/model.ts';

export const SITE = 'https://dangjian-compare.example.org';

export const SLUGS = [
  'ankang-2017-hongse-yinqing',
  'binzhou-2023-sixiang-jizhi',
  'xinjian-zhongzi-gongcheng',
  'zaozhuang-2021-dangjian-yinling',
  'zigong-2021-zuzhi-gongzuo-chuangxin',
] as const;

export type Slug = (typeof SLUGS)[number];

export function realCitations(): Record<Slug, Citation> {
  const files = readDocumentFiles(DOCUMENTS_DIR);
  const bySlug = new Map(
    files.map((file) => [
      documentSlug(file.path),
      // The build validates the frontmatter with the Zod schema; here it is taken as written.
      citationFromFrontmatter(documentSlug(file.path), parseFrontmatter(file) as unknown as CitationInput, SITE),
    ]),
  );
  return Object.fromEntries(
    SLUGS.map((slug) => {
      const citation = bySlug.get(slug);
      if (!citation) throw new Error(`${slug}.mdx missing from ${DOCUMENTS_DIR}`);
      return [slug, citation];
    }),
  ) as Record<Slug, Citation>;
}
