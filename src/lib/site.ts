/** Site-wide names and navigation; user-facing text is Chinese. */
export const SITE_NAME = '城市党建实践比较';
export const SITE_NAME_EN = 'Comparing Party-Building Practice in Chinese Cities';
export const SITE_DESCRIPTION = '按主题浏览、全文检索、并排比较各地党建工作做法,逐段可引用。';

export interface NavItem {
  href: string;
  label: string;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/themes/', label: '主题' },
  { href: '/compare/', label: '比较' },
  { href: '/places/', label: '地点' },
  { href: '/documents/', label: '文献' },
  { href: '/search/', label: '检索' },
  { href: '/data/', label: '数据' },
];

export interface Crumb {
  label: string;
  href?: string;
}
