import { downloadRoute } from './_downloads.ts';

export { getStaticPaths } from './_downloads.ts';
export const GET = downloadRoute('bib');
