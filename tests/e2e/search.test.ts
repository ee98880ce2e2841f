/**
 * The search page in Chromium against the built site. Expectations come from the content
 * (scripts/support/search-corpus.ts cuts the MDX into passages as the index does): AND,
 * absent terms, exclusion, phrases, no page chrome, every passage holding a term reachable.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { matchForm, normalizeQuery } from '../../src/lib/search/query.ts';
import { searchCorpus } from '../../scripts/support/search-corpus.ts';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();
const corpus = searchCorpus();
const holding = (...terms: string[]) => corpus.filter((p) => terms.every((term) => p.form.includes(matchForm(term))));
const han = (text: string) => text.match(/\p{Script=Han}+/gu) ?? [];
/** A hit's URL as the corpus lists it: headings (whose slug only the renderer knows) by their document. */
const known = (url: string) => (corpus.some((p) => p.url === url) ? url : (url.split('#')[0] ?? url));

interface Shown {
  url: string;
  tier: string;
  slug: string;
  text: string;
  excerpt: string;
  marks: string[];
}

/** Every hit of the query, paging through 「显示更多」 until the list is complete. */
async function hits(page: Page, query: string): Promise<Shown[]> {
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q, normalizeQuery(query));
  // Each 「显示更多」 checks more candidates (data-busy while it does) and shows more hits.
  while (await page.locator('#search-more').isVisible()) {
    await page.click('#search-more');
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('#search-results')?.dataset.busy);
  }
  return page.$$eval('.search-hit-item', (items) =>
    items.map((item) => {
      const element = item as HTMLElement;
      return {
        url: element.dataset.url ?? '',
        tier: element.dataset.tier ?? '',
        slug: element.dataset.slug ?? '',
        text: element.textContent ?? '',
        excerpt: element.querySelector('.search-excerpt')?.textContent ?? '',
        marks: [...element.querySelectorAll('.search-excerpt mark')].map((mark) => mark.textContent ?? ''),
      };
    }),
  );
}

const open = (query: string, extra = '') => site.page(`/search/?q=${encodeURIComponent(query)}${extra}`);
const statusOf = (page: Page) => page.locator('#search-status').textContent();
const params = (page: Page) => new URL(page.url()).searchParams;

/** A string no passage holds: each of its characters is in the corpus, but never in this order. */
function absentTerm(): string {
  const characters = [...new Set(han(corpus.map((p) => p.text).join('')).join(''))];
  for (const a of characters) {
    for (const b of characters) if (a !== b && holding(`${b}${a}${b}`).length === 0 && holding(`${a}${b}`).length === 0) return `${a}${b}`;
  }
  throw new Error('no absent term');
}

/** The most common two-character run held by practices: a term with many practice hits. */
function commonTerm(): string {
  const counts = new Map<string, number>();
  for (const p of corpus.filter((p) => p.kind === 'practice')) {
    const pairs = new Set(han(p.text).flatMap((run) => [...run].slice(1).map((char, at) => `${run[at]}${char}`)));
    for (const pair of pairs) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

const practices = corpus.filter((p) => p.kind === 'practice' && han(p.text).some((run) => run.length >= 12));
/** A practice in the middle of the corpus and a 4-character term from the middle of its longest run. */
const sample = practices[Math.floor(practices.length / 2)]!;
const sampleRun = [...han(sample.text)].sort((a, b) => b.length - a.length)[0] ?? '';
const term = sampleRun.slice(Math.floor(sampleRun.length / 2) - 2, Math.floor(sampleRun.length / 2) + 2);

describe('passage hits', () => {
  it('every passage holding a term is a hit of its own, with every occurrence marked', async () => {
    const page = await open(term);
    const shown = await hits(page, term);
    const expected = holding(term);
    expect(shown.filter((hit) => hit.tier === 'all')).toHaveLength(expected.length);
    const urls = shown.map((hit) => hit.url);
    for (const passage of expected.filter((p) => p.kind !== 'heading')) expect(urls).toContain(passage.url);
    expect(shown.every((hit) => hit.marks.length > 0 && hit.marks.every((mark) => matchForm(mark) === matchForm(term)))).toBe(true);
    const documents = new Set(expected.map((p) => p.slug)).size;
    await expect(statusOf(page)).resolves.toBe(`${expected.length} 段含「${term}」，分属 ${documents} 篇文献。`);
  });

  it('every practice holding a common term is reachable from the result list', async () => {
    const common = commonTerm();
    const expected = holding(common).filter((p) => p.kind === 'practice');
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const page = await open(common);
    const urls = (await hits(page, common)).map((hit) => hit.url);
    expect(expected.filter((p) => !urls.includes(p.url)).map((p) => p.anchor)).toEqual([]);
  });

  it('a hit opens its passage in the document', async () => {
    const page = await open(term);
    const [first] = await hits(page, term);
    await page.click(`a.search-hit[href="${first?.url}"]`);
    await page.waitForURL((url) => url.hash !== '');
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const text = await page.locator(`[id="${id}"]`).evaluate((element) => (element.closest('.practice') ?? element).textContent ?? '');
    expect(matchForm(text)).toContain(matchForm(term));
  });
});

describe('the query language', () => {
  it('space is AND: passages with both terms, then documents holding them in different passages', async () => {
    const a = sampleRun.slice(0, 2);
    const b = sampleRun.slice(-2);
    const both = holding(a, b);
    const page = await open(`${a} ${b}`);
    const shown = await hits(page, `${a} ${b}`);
    const all = shown.filter((hit) => hit.tier === 'all');
    expect(all.map((hit) => known(hit.url)).sort()).toEqual(both.map((p) => p.url).sort());
    for (const hit of shown.filter((hit) => hit.tier === 'document')) {
      expect(holding(a, b).some((p) => p.url === hit.url)).toBe(false);
      expect(corpus.filter((p) => p.slug === hit.slug).some((p) => p.form.includes(matchForm(a)))).toBe(true);
      expect(corpus.filter((p) => p.slug === hit.slug).some((p) => p.form.includes(matchForm(b)))).toBe(true);
    }
    // Passages holding both terms come first, before any hit that holds them only across its document.
    expect(shown.slice(0, all.length).every((hit) => hit.tier === 'all')).toBe(true);
    await expect(statusOf(page)).resolves.toMatch(new RegExp(`^${both.length} 段同时含「${a}」「${b}」，分属 ${new Set(both.map((p) => p.slug)).size} 篇文献`));
  });

  it('an absent term says so and lists nothing; partial matches only on request, labelled', async () => {
    const absent = absentTerm();
    const page = await open(absent);
    expect(await hits(page, absent)).toEqual([]);
    await expect(statusOf(page)).resolves.toBe(`没有找到含「${absent}」的段落。`);
    await expect(page.locator('#search-empty').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-partial').isVisible()).resolves.toBe(false);

    const mixed = `${term} ${absent}`;
    await page.fill('#search-input', mixed);
    expect(await hits(page, mixed)).toEqual([]);
    await expect(statusOf(page)).resolves.toBe(`没有找到含「${term}」「${absent}」的段落。`);
    await page.click('#search-partial');
    const partial = await hits(page, mixed);
    expect(partial).toHaveLength(holding(term).length);
    expect(partial.every((hit) => hit.tier === 'partial')).toBe(true);
    await expect(page.locator('.search-hit-item .partial-label').allTextContents()).resolves.toEqual(partial.map(() => '部分匹配'));
  });

  it('-term excludes passages holding it', async () => {
    const common = commonTerm();
    const withCommon = holding(common);
    // Exclude a term held by some but not all passages that hold the common term.
    const pairs = han(withCommon.map((p) => p.text).join('。')).flatMap((run) => [...run].slice(1).map((c, at) => `${run[at]}${c}`));
    const other = pairs.find((pair) => {
      const n = withCommon.filter((p) => p.form.includes(pair)).length;
      return n > 0 && n < withCommon.length && ![...pair].some((char) => common.includes(char));
    })!;
    const page = await open(`${common} -${other}`);
    const shown = await hits(page, `${common} -${other}`);
    const expected = withCommon.filter((p) => !p.form.includes(other));
    expect(shown.filter((hit) => hit.tier === 'all')).toHaveLength(expected.length);
    expect(shown.some((hit) => matchForm(hit.excerpt).includes(other))).toBe(false);
    await expect(statusOf(page)).resolves.toContain(`含「${common}」、不含「${other}」`);
  });

  it('a quoted phrase matches verbatim, across a space the reader typed', async () => {
    const phrase = `"${term.slice(0, 2)} ${term.slice(2)}"`;
    const page = await open(phrase);
    const shown = await hits(page, phrase);
    expect(shown.map((hit) => known(hit.url)).sort()).toEqual(holding(term).map((p) => p.url).sort());
    const reversed = `"${term.slice(2)}${term.slice(0, 2)}"`;
    await page.fill('#search-input', reversed);
    expect((await hits(page, reversed)).filter((hit) => hit.tier === 'all')).toHaveLength(holding(term.slice(2) + term.slice(0, 2)).length);
  });

  it('a|b finds either', async () => {
    const a = term;
    const b = absentTerm();
    const page = await open(`${b}|${a}`);
    expect((await hits(page, `${b}|${a}`)).length).toBe(holding(a).length);
    await expect(statusOf(page)).resolves.toContain(`含「${b}」或「${a}」`);
  });
});

describe('only source text', () => {
  for (const chrome of ['Chicago', '引用本文', 'BibTeX', '引用此段']) {
    it(`page chrome is never found: ${chrome}`, async () => {
      expect(holding(chrome)).toEqual([]);
      const page = await open(chrome);
      expect(await hits(page, chrome)).toEqual([]);
      await expect(statusOf(page)).resolves.toBe(`没有找到含「${normalizeQuery(chrome)}」的段落。`);
    });
  }

  it('excerpts hold only passage text, never a practice title beside it', async () => {
    const page = await open(term);
    const shown = await hits(page, term);
    for (const hit of shown) {
      const passage = corpus.find((p) => p.url === hit.url);
      if (!passage) continue;
      const excerpt = matchForm(hit.excerpt.replace(/…/g, ''));
      expect(passage.form).toContain(excerpt);
    }
  });
});

describe('the search page', () => {
  it('shows nothing for an empty query', async () => {
    const page = await site.page('/search/?q=%20%20');
    await hits(page, '');
    await expect(page.locator('.search-hit-item').count()).resolves.toBe(0);
    await expect(page.locator('#search-empty').isHidden()).resolves.toBe(true);
    expect(page.url()).toBe(`${site.url}/search/`);
  });

  it('the engine files load with the page, each once: Pagefind reuses the preloads', async () => {
    const page = await site.page();
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/pagefind/')) requested.push(url.pathname + url.search);
    });
    const term = han(corpus[0]?.text ?? '')[0]?.slice(0, 2) ?? '';
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(term)}`);
    expect((await hits(page, term)).length).toBeGreaterThan(0);
    const preloaded = await page.$$eval('link[rel="preload"][as="fetch"]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(preloaded.map((href) => href.replace(/[?#].*/, ''))).toEqual(
      expect.arrayContaining(['/pagefind/pagefind-entry.json', expect.stringMatching(/\.pf_meta$/), expect.stringMatching(/\.pagefind$/)]),
    );
    // A preload the engine did not reuse would show as a second request for the same file (or the entry under another ?ts=).
    for (const href of preloaded) expect(requested.filter((url) => url === href)).toHaveLength(1);
    expect(requested.filter((url) => url.startsWith('/pagefind/pagefind-entry.json'))).toEqual([preloaded[0]]);
  });

  it('filters combine, show counts and live in the URL both ways', async () => {
    const common = commonTerm();
    const page = await open(common);
    const shown = await hits(page, common);
    const places = [...new Set(shown.map((hit) => corpus.find((p) => p.url === hit.url)?.place ?? ''))].filter(Boolean).sort();
    expect(places.length).toBeGreaterThan(1);
    const placeCounts = await page.$$eval('fieldset:has(legend:text-is("地点")) .facet', (labels) =>
      labels.map((label) => label.textContent?.replace(/\s+/g, '') ?? ''),
    );
    const expectedCounts = places.map((place) => `${place}${holding(common).filter((p) => p.place === place).length}`);
    expect(placeCounts.sort()).toEqual(expectedCounts.sort());
    const chosen = places[0] ?? '';
    await page.check(`input[data-key="place"][value="${chosen}"]`);
    expect(params(page).getAll('place')).toEqual([chosen]);
    const filtered = await hits(page, common);
    expect(filtered.map((hit) => known(hit.url)).sort()).toEqual(holding(common).filter((p) => p.place === chosen).map((p) => p.url).sort());
    const reopened = await site.page(`/search/${new URL(page.url()).search}`);
    expect((await hits(reopened, common)).length).toBe(filtered.length);
    await expect(reopened.isChecked(`input[data-key="place"][value="${chosen}"]`)).resolves.toBe(true);
  });

  it('sort and layout live in the URL: flat by date lists newest documents first', async () => {
    const common = commonTerm();
    const page = await open(common, '&sort=date&view=flat');
    const shown = await hits(page, common);
    await expect(page.locator('.search-result').count()).resolves.toBe(0);
    await expect(page.inputValue('#search-sort')).resolves.toBe('date');
    const dates = await page.$$eval('.search-hit-item .search-result-meta', (metas) => metas.map((meta) => (meta.textContent ?? '').match(/\d{4}/g)?.at(-1) ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.selectOption('#search-view', 'group');
    expect(params(page).get('view')).toBeNull();
    expect(params(page).get('sort')).toBe('date');
    await expect(page.locator('.search-result').count()).resolves.toBe(new Set(shown.map((hit) => hit.slug)).size);
  });

  it('「复制结果链接」 copies every result permalink', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(term)}`);
      const shown = await hits(page, term);
      await page.click('#search-copy');
      // The clipboard write is asynchronous: the message follows it.
      await expect.poll(() => page.locator('#search-copied').textContent()).toBe(`已复制 ${shown.length} 条链接`);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.split('\n').map((link) => new URL(link).pathname + new URL(link).hash).sort()).toEqual(shown.map((hit) => hit.url).sort());
    } finally {
      await context.close();
    }
  });

  it('exports the references of every document in the result list as one file', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(term)}`);
      const shown = await hits(page, term);
      const slugs = [...new Set(shown.map((hit) => hit.slug))];
      await page.selectOption('#search-export-format', 'ris');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#search-export')]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const ris = Buffer.concat(chunks).toString('utf8');
      // One RIS record per listed document: each opens with TY and closes with ER.
      expect(slugs.length).toBeGreaterThan(0);
      expect(ris.match(/^TY {2}-/gm)?.length).toBe(slugs.length);
      expect(ris.match(/^ER {2}-/gm)?.length).toBe(slugs.length);
    } finally {
      await context.close();
    }
  });

  it('traditional characters find simplified text', async () => {
    const page = await open('幹部');
    const shown = await hits(page, '幹部');
    expect(shown.filter((hit) => hit.tier === 'all')).toHaveLength(holding('干部').length);
    await expect(statusOf(page)).resolves.toMatch(/^已按简体「干部」检索。/);
  });

  it('full-width digits match half-width text', async () => {
    const number = corpus.map((p) => /\d{3,}/.exec(p.text)?.[0]).find(Boolean) ?? '';
    const wide = number.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const page = await open(wide);
    expect((await hits(page, wide)).length).toBe(holding(number).length);
  });

  it('an English theme name lists that theme\'s practices without claiming the text holds it', async () => {
    const page = await open('talent');
    const shown = await hits(page, 'talent');
    expect(shown.length).toBeGreaterThan(0);
    await expect(statusOf(page)).resolves.toMatch(/^原文中没有「talent」；它是主题「[^」]+」的英文名/);
  });

  it('an input method\'s pinyin is never searched: the query runs once the characters are chosen', async () => {
    const page = await site.page('/search/');
    await page.evaluate(() => {
      const queries: string[] = [];
      Object.assign(window, { searchedQueries: queries });
      const list = document.querySelector<HTMLElement>('#search-results')!;
      new MutationObserver(() => queries.push(list.dataset.query ?? '')).observe(list, { attributes: true, attributeFilter: ['data-query'] });
    });
    await page.focus('#search-input');
    // What Chromium does for a Chinese input method: the box holds the pinyin while it is composed.
    const ime = await page.context().newCDPSession(page);
    for (const pinyin of ['g', 'ga', 'gan', 'ganb', 'ganbu']) {
      await ime.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
      await page.waitForTimeout(100);
    }
    await ime.send('Input.insertText', { text: term });
    expect((await hits(page, term)).length).toBeGreaterThan(0);
    await expect(page.evaluate(() => (window as unknown as { searchedQueries: string[] }).searchedQueries)).resolves.toEqual([normalizeQuery(term)]);
    expect(params(page).get('q')).toBe(term);
  });

  it('keyboard: / focuses the box on any page, arrows walk the results, Enter opens', async () => {
    const documentPage = await site.page(sample.url.split('#')[0]);
    await documentPage.keyboard.press('/');
    await expect(documentPage.evaluate(() => document.activeElement?.id)).resolves.toBe('header-search-input');
    await documentPage.keyboard.type(term);
    await documentPage.keyboard.press('Enter');
    await documentPage.waitForURL(/\/search\/\?q=/);
    await hits(documentPage, term);
    await documentPage.keyboard.press('/');
    await expect(documentPage.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await documentPage.keyboard.press('ArrowDown');
    const links = await documentPage.$$eval('#search-results a.search-hit', (as) => as.map((a) => a.getAttribute('href')));
    await expect(documentPage.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(links[0]);
    await documentPage.keyboard.press('Enter');
    await documentPage.waitForURL((url) => url.hash !== '');
    expect(new URL(documentPage.url()).pathname + new URL(documentPage.url()).hash).toBe(links[0]);
  });

  it('hostile and very long queries are shown as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const page = await site.page('/search/');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.fill('#search-input', hostile);
    await hits(page, hostile);
    await expect(statusOf(page)).resolves.toContain(`「${normalizeQuery(hostile).split(' ')[0]}」`);
    await expect(page.locator('main img').count()).resolves.toBe(0);
    expect(dialogs).toBe(0);
    expect(params(page).get('q')).toBe(hostile);

    const long = term.repeat(40);
    await page.fill('#search-input', long);
    expect(await hits(page, long)).toEqual([]);
    expect(normalizeQuery(long)).toHaveLength(64);
  });
});

describe('without JavaScript', () => {
  it('says search needs it and links to theme and place pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(term)}`);
      await expect(page.locator('.search-noscript').textContent()).resolves.toContain('全文检索需要启用 JavaScript');
      await expect(page.locator('.search-browse a[href^="/themes/"]').count()).resolves.toBeGreaterThan(3);
      await expect(page.locator('.search-browse a[href^="/places/"]').count()).resolves.toBeGreaterThan(3);
    } finally {
      await context.close();
    }
  });
});
