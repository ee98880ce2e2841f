/** Collections → the plain input of src/lib/compare, and the one comparison every page shares. */
import { getCollection } from 'astro:content';
import compareJson from '../../../content/compare.json';
import typesJson from '../../../content/practice-types.json';
import themesJson from '../../../content/themes.json';
import placesJson from '../../../content/places.json';
import { parseCompareConfig } from '../../lib/compare/config.ts';
import { buildComparison, type Comparison } from '../../lib/compare/model.ts';
import { shared } from '../../collections.ts';
import { documentYear } from '../../lib/document-year.ts';
import { titleText } from '../../lib/provenance.ts';
import { isDraft } from '../../lib/review.ts';

/** The comparison every page shares, computed once per build (pair pages grow with the square of the places). */
export const loadComparison = shared(async (): Promise<Comparison> => {
  // A draft awaiting review (待审) is on its own page with a banner, but no comparison counts it.
  const [places, themes, types, documents, practices] = await Promise.all([
    getCollection('places'),
    getCollection('themes'),
    getCollection('practiceTypes'),
    getCollection('documents', (entry) => !isDraft(entry.data.review)),
    getCollection('practices'),
  ]);
  const reviewed = new Set(documents.map((document) => document.id));
  return buildComparison({
    config: parseCompareConfig(compareJson),
    // Data files' own order throughout (collections come back by id), so tables read as curated.
    places: places
      .sort((a, b) => placesJson.findIndex((place) => place.id === a.id) - placesJson.findIndex((place) => place.id === b.id))
      .map((place) => ({ id: place.id, name: place.data.name })),
    themes: themes
      .sort((a, b) => themesJson.findIndex((theme) => theme.id === a.id) - themesJson.findIndex((theme) => theme.id === b.id))
      .map((theme) => ({ id: theme.id, name: theme.data.name })),
    types: types
      .sort((a, b) => typesJson.findIndex((type) => type.id === a.id) - typesJson.findIndex((type) => type.id === b.id))
      .map(({ id, data }) => ({
      id,
      name: data.name,
      nameEn: data.nameEn,
      definition: data.definition,
      theme: data.theme.id,
      basis: data.basis,
    })),
    documents: documents.map(({ id, data }) => ({
      id,
      title: titleText(data),
      place: data.place.id,
      year: documentYear(data.date),
      genre: data.genre,
      author: [
        data.authors.map((person) => (person.role ? `${person.role}${person.name}` : person.name)).join('、'),
        data.corporateAuthor?.value,
        data.periodical && `刊于${data.periodical.value}`,
      ]
        .filter(Boolean)
        .join(','),
      themes: data.themes.map((theme) => theme.id),
      figures: data.figures.map((figure) => ({ ...figure, theme: figure.theme.id })),
    })),
    practices: practices
      .filter((practice) => reviewed.has(practice.data.document.id))
      .sort((a, b) => a.data.document.id.localeCompare(b.data.document.id) || a.data.order - b.data.order)
      .map(({ id, data }) => ({
        id,
        document: data.document.id,
        place: data.place.id,
        title: data.title,
        text: data.text,
        themes: data.themes.map((theme) => theme.id),
        types: data.types.map((type) => type.id),
        kind: data.kind,
        section: data.section,
      })),
  });
});
