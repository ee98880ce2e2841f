/**
 * Preloading the Pagefind bundle with the search page. Pagefind loads its files in a chain
 * (pagefind.js, then pagefind-entry.json, then the metadata and the wasm, then index chunks);
 * named in the page's head, the middle links load while the page itself does, which on a
 * phone's connection saves two round trips before the first result. The names are only known
 * once Pagefind has written its files, so the integration adds them to the built page.
 */
/** pagefind-entry.json as Pagefind 1.x writes it. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** Marks the link whose tag the search page passes to Pagefind as `metaCacheTag`. */
export const TAG_ATTRIBUTE = 'data-pagefind-tag';

export interface Preloads {
  /**
   * Passed to Pagefind as `metaCacheTag`, so that it fetches `pagefind-entry.json?ts=<tag>`, the
   * URL preloaded, instead of a new URL each visit. The metadata's name changes with the index, so it serves.
   */
  tag: string;
  /** The files Pagefind fetches before it can search, in the order it asks for them. */
  hrefs: string[];
}

export function pagefindPreloads(entry: PagefindEntry, language: string, base = '/pagefind/'): Preloads {
  const index = entry.languages[language];
  if (!index) throw new Error(`pagefind-entry.json 中没有语言 ${language} 的索引(有:${Object.keys(entry.languages).join('、') || '无'})`);
  return {
    tag: index.hash,
    hrefs: [`${base}pagefind-entry.json?ts=${index.hash}`, `${base}pagefind.${index.hash}.pf_meta`, `${base}wasm.${index.wasm ?? 'unknown'}.pagefind`],
  };
}

/**
 * The page with preload links at the end of its head. `crossorigin` makes each preload match
 * the same-origin fetch() Pagefind makes, so the browser reuses it instead of fetching twice.
 */
export function withPreloads(html: string, { tag, hrefs }: Preloads): string {
  if (!html.includes('</head>')) throw new Error('页面没有 </head>,无法加入预加载链接');
  if (html.includes(TAG_ATTRIBUTE)) throw new Error(`页面已有 ${TAG_ATTRIBUTE}:预加载链接只能加一次`);
  const links = hrefs.map((href, at) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous"${at === 0 ? ` ${TAG_ATTRIBUTE}="${tag}"` : ''}>`);
  return html.replace('</head>', `${links.join('')}</head>`);
}
