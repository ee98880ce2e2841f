/**
 * A pair page opened from the overview's picker with `?themes=a,b` shows only those themes, says
 * so, and keeps the choice in the links to other pairs. Without the parameter (or without
 * scripts) every theme shows.
 */
import { formatSelection, parseSelection } from '../lib/compare/selection.ts';

const sections = [...document.querySelectorAll<HTMLElement>('.pair-theme[data-theme]')];
const allThemes = sections.map((section) => section.dataset.theme ?? '');
const { themes } = parseSelection(location.search, [], allThemes);

if (themes.length < allThemes.length) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-theme]')) {
    element.toggleAttribute('data-hidden', !themes.includes(element.dataset.theme ?? ''));
  }
  const names = sections.filter((section) => themes.includes(section.dataset.theme ?? '')).map((section) => section.querySelector('h2 a')?.textContent ?? '');
  const note = document.querySelector<HTMLElement>('#theme-filter-note');
  if (note) {
    note.textContent = `只显示所选主题:${names.join('、')}。`;
    const all = document.createElement('a');
    all.href = location.pathname;
    all.textContent = '显示全部主题';
    note.append(all);
    note.hidden = false;
  }
  const query = formatSelection({ places: [], themes }, [], allThemes);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-pair-link]')) link.setAttribute('href', `${link.pathname}${query}`);
}
