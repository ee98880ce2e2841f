/** Collections → the plain input of src/lib/compare, and the one comparison every page shares. */
import { getCollection } from 'astro:content';
import compareJson from '../../../content/compare.json';
import { parseCompareConfig } from '../../lib/compare/config.ts';
import { sharedComparison, type Comparison } from '../../lib/compare/model.ts';
import { yearOf } from '../../lib/document-fields.ts';

export async function loadComparison(): Promise<Comparison> {
  const [places, themes, documents, practices] = await Promise.all([
    getCollection('places'),
    getCollection('themes'),
    getCollection('documents'),
    getCollection('practices'),
  ]);
  return sharedComparison({
    config: parseCompareConfig(compareJson),
    places: places.map((place) => ({ id: place.id, name: place.data.name })),
    themes: themes.map((theme) => ({ id: theme.id, name: theme.data.name, keywords: theme.data.keywords })),
    documents: documents.map(({ id, data }) => ({
      id,
      title: data.title,
      place: data.place.id,
      year: yearOf(data.date.value),
      yearInferred: data.date.inferred,
      genre: data.genre,
      author: [
        data.authors.map((person) => (person.role ? `${person.role}${person.name}` : person.name)).join('、'),
        data.corporateAuthor?.value,
        data.periodical && `刊于${data.periodical.value}`,
      ]
        .filter(Boolean)
        .join(','),
      figures: data.figures.map((figure) => ({ ...figure, theme: figure.theme.id })),
    })),
    practices: practices
      .sort((a, b) => a.data.document.id.localeCompare(b.data.document.id) || a.data.order - b.data.order)
      .map(({ id, data }) => ({
        id,
        document: data.document.id,
        place: data.place.id,
        title: data.title,
        text: data.text,
        themes: data.themes.map((theme) => theme.id),
      })),
  });
}
