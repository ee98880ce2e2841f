/** The search page in Chromium against the built site: Ctrl+F recall, exact first, facets, URL state, keyboard, escaping. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../../src/lib/search/query.ts';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();

interface Shown {
  slug: string;
  exact: boolean;
  hits: string[];
}

async function results(page: Page, query: string): Promise<Shown[]> {
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q, normalizeQuery(query));
  return page.$$eval('#search-results .search-result', (cards) =>
    cards.map((card) => ({
      slug: /\/documents\/([^/]+)\//.exec(card.querySelector('a')?.getAttribute('href') ?? '')?.[1] ?? '',
      exact: (card as HTMLElement).dataset.exact === 'true',
      hits: [...card.querySelectorAll('.search-hits a')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
}

const params = (page: Page) => new URL(page.url()).searchParams;

describe('recall and exact-first on a fixed sample', () => {
  const cases: [string, string[]][] = [
    ['容错纠错', ['ankang-2017-hongse-yinqing', 'zaozhuang-2021-dangjian-yinling']],
    ['人才公寓', ['zaozhuang-2021-dangjian-yinling']],
    ['赛马', ['xinjian-zhongzi-gongcheng']],
    ['483', ['zaozhuang-2021-dangjian-yinling']],
  ];
  for (const [query, expected] of cases) {
    it(`${query}: every document holding it, first and marked exact`, async () => {
      const page = await site.page(`/search/?q=${encodeURIComponent(query)}`);
      const shown = await results(page, query);
      const top = shown.slice(0, expected.length);
      expect(top.map((r) => r.slug).sort()).toEqual([...expected].sort());
      expect(top.every((r) => r.exact)).toBe(true);
      expect(shown.slice(expected.length).every((r) => !r.exact)).toBe(true);
      await expect(page.locator('.search-result.is-partial .partial-label').allTextContents()).resolves.toEqual(
        shown.slice(expected.length).map(() => '部分匹配'),
      );
    });
  }

  it('traditional characters find simplified text (幹部 → 干部)', async () => {
    const page = await site.page(`/search/?q=${encodeURIComponent('幹部')}`);
    const shown = await results(page, '幹部');
    expect(shown).toHaveLength(5);
    expect(shown.every((r) => r.exact)).toBe(true);
    await expect(page.locator('#search-status').textContent()).resolves.toContain('已按简体「干部」检索。找到 5 篇文献,其中 5 篇含「干部」原文');
  });

  it('full-width digits and English theme names', async () => {
    const page = await site.page(`/search/?q=${encodeURIComponent('４８３')}`);
    expect((await results(page, '４８３')).map((r) => r.slug)).toEqual(['zaozhuang-2021-dangjian-yinling']);
    await page.fill('#search-input', 'talent');
    const talent = await results(page, 'talent');
    expect(talent.length).toBeGreaterThan(0);
    await expect(page.locator('#search-status').textContent()).resolves.toContain('按主题检索:人才工作');
    const themes = await page.$$eval('.search-result-meta', (metas) => metas.map((meta) => meta.textContent ?? ''));
    expect(themes.every((text) => text.includes('人才工作'))).toBe(true);
  });
});

describe('the search page', () => {
  it('runs as the reader types and keeps the URL in step', async () => {
    const page = await site.page('/search/');
    await page.fill('#search-input', '人才公寓');
    const shown = await results(page, '人才公寓');
    expect(shown[0]?.slug).toBe('zaozhuang-2021-dangjian-yinling');
    expect(params(page).get('q')).toBe('人才公寓');
    const excerpt = await page.locator('.search-excerpt mark').first().textContent();
    expect(excerpt).toBe('人才公寓');
  });

  it('shows nothing for an empty query', async () => {
    const page = await site.page('/search/?q=%20%20');
    await results(page, '');
    await expect(page.locator('.search-result').count()).resolves.toBe(0);
    await expect(page.locator('#search-empty').isHidden()).resolves.toBe(true);
    expect(page.url()).toBe(`${site.url}/search/`);
  });

  it('filters combine, show counts and live in the URL both ways', async () => {
    const page = await site.page(`/search/?q=${encodeURIComponent('干部')}`);
    await results(page, '干部');
    const placeCounts = await page.$$eval('fieldset:has(legend:text-is("地点")) .facet', (labels) =>
      labels.map((label) => label.textContent?.replace(/\s+/g, '')),
    );
    expect(placeCounts.sort()).toEqual(['安康市1', '新建区1', '枣庄市1', '滨州市1', '自贡市1']);
    await page.check('input[data-key="place"][value="自贡市"]');
    await page.check('input[data-key="place"][value="安康市"]');
    expect(params(page).getAll('place').sort()).toEqual(['安康市', '自贡市']);
    expect((await results(page, '干部')).map((r) => r.slug).sort()).toEqual([
      'ankang-2017-hongse-yinqing',
      'zigong-2021-zuzhi-gongzuo-chuangxin',
    ]);
    await page.check('input[data-key="year"][value="2021"]');
    expect((await results(page, '干部')).map((r) => r.slug)).toEqual(['zigong-2021-zuzhi-gongzuo-chuangxin']);
    const yearCounts = await page.$$eval('input[data-key="year"]', (boxes) =>
      boxes.map((box) => `${(box as HTMLInputElement).value}:${box.parentElement?.querySelector('.facet-count')?.textContent}`),
    );
    // Each year counts what adding it would give under the place filter (安康市 or 自贡市).
    expect(yearCounts).toEqual(['2021:1', '2018:1', '2023:0']);

    const reopened = await site.page(`/search/${new URL(page.url()).search}`);
    expect((await results(reopened, '干部')).map((r) => r.slug)).toEqual(['zigong-2021-zuzhi-gongzuo-chuangxin']);
    await expect(reopened.inputValue('#search-input')).resolves.toBe('干部');
    await expect(reopened.isChecked('input[data-key="place"][value="安康市"]')).resolves.toBe(true);
    await expect(reopened.isChecked('input[data-key="year"][value="2021"]')).resolves.toBe(true);
  });

  it('a result opens the practice that holds the match', async () => {
    const page = await site.page(`/search/?q=${encodeURIComponent('人才公寓')}`);
    const [first] = await results(page, '人才公寓');
    const href = first?.hits[0] ?? '';
    expect(href).toMatch(/^\/documents\/zaozhuang-2021-dangjian-yinling\/#zaozhuang-/);
    await page.click(`.search-hits a[href="${href}"]`);
    await page.waitForURL((url) => url.hash !== '');
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const practiceText = await page.locator(`[id="${id}"]`).evaluate((heading) => heading.closest('.practice')?.textContent ?? '');
    expect(practiceText).toContain('人才公寓');
  });

  it('keyboard: / focuses the box on any page, arrows walk the results, Enter opens', async () => {
    const documentPage = await site.page('/documents/zaozhuang-2021-dangjian-yinling/');
    await documentPage.keyboard.press('/');
    await expect(documentPage.evaluate(() => document.activeElement?.id)).resolves.toBe('header-search-input');
    await documentPage.keyboard.type('赛马');
    await documentPage.keyboard.press('Enter');
    await documentPage.waitForURL(/\/search\/\?q=/);
    await results(documentPage, '赛马');

    await documentPage.keyboard.press('/');
    await expect(documentPage.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await documentPage.keyboard.press('ArrowDown');
    const links = await documentPage.$$eval('#search-results a.search-hit', (as) => as.map((a) => a.getAttribute('href')));
    await expect(documentPage.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(links[0]);
    await documentPage.keyboard.press('ArrowDown');
    await expect(documentPage.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(links[1]);
    await documentPage.keyboard.press('Enter');
    await documentPage.waitForURL((url) => url.pathname.startsWith('/documents/'));
    expect(new URL(documentPage.url()).pathname + new URL(documentPage.url()).hash).toBe(links[1]);
  });

  it('no results: a clear message with suggestions and theme links', async () => {
    const page = await site.page('/search/?q=qqzzxx');
    await results(page, 'qqzzxx');
    const message = page.locator('#search-empty');
    await expect(message.isVisible()).resolves.toBe(true);
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('没有找到「qqzzxx」的结果');
    expect(text).toContain('检查有无错别字');
    expect(text).toContain('减少字数');
    await expect(message.locator('a[href^="/themes/"]').count()).resolves.toBeGreaterThan(3);
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
    await results(page, hostile);
    await expect(page.locator('#search-empty-query').textContent()).resolves.toBe(hostile);
    await expect(page.locator('main img').count()).resolves.toBe(0);
    expect(dialogs).toBe(0);
    expect(params(page).get('q')).toBe(hostile);

    const long = '容错纠错'.repeat(60);
    await page.fill('#search-input', long);
    const shown = await results(page, long);
    expect(normalizeQuery(long)).toHaveLength(64);
    expect(shown.every((r) => !r.exact)).toBe(true);
    await expect(page.locator('#search-status').textContent()).resolves.toContain('其中 0 篇含');
  });
});

describe('without JavaScript', () => {
  it('says search needs it and links to theme and place pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('赛马')}`);
      await expect(page.locator('.search-noscript').textContent()).resolves.toContain('全文检索需要启用 JavaScript');
      await expect(page.locator('.search-browse a[href^="/themes/"]').count()).resolves.toBeGreaterThan(3);
      await expect(page.locator('.search-browse a[href^="/places/"]').count()).resolves.toBeGreaterThan(3);
    } finally {
      await context.close();
    }
  });
});
