/**
 * Traditional → simplified for queries (幹部 → 干部). Only OpenCC's two t→cn dictionaries
 * (TSPhrases, TSCharacters: about 37 KB) are loaded, and only when a query needs them.
 */
import type { ConverterFunction } from 'opencc-js/core';

let converter: Promise<ConverterFunction> | undefined;

export function loadToSimplified(): Promise<ConverterFunction> {
  converter ??= Promise.all([import('opencc-js/core'), import('opencc-js/to/cn')]).then(([core, toCn]) =>
    core.ConverterFactory(toCn.default),
  );
  return converter;
}
