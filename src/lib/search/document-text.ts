/** A document page's searchable text: its title, deck and the source text (not the site's summary). */
import { mdxToText } from '../mdx-text.ts';

export interface DocumentTextFields {
  title: string;
  deck?: string | undefined;
}

export function documentSearchText(fields: DocumentTextFields, body: string): string {
  return [fields.title, fields.deck ?? '', mdxToText(body, { titles: true })].join('\n');
}
