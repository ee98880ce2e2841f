/**
 * Copy buttons for references, passages and permalinks; the reader's own origin and today's date
 * in every citation. One module for every copy control on a page; without it the references stay
 * readable and selectable (with the site path and 「引用日期」), the permalinks still link, and
 * the copy buttons stay hidden.
 */
import { formatAccessed, fillTokens, type DateStyle } from '../lib/citation/tokens.ts';

const CONFIRM_MS = 2000;

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The async Clipboard API needs a secure context; plain-HTTP pages and old WebViews get execCommand. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('role', 'status');
announcer.setAttribute('aria-live', 'polite');
document.body.append(announcer);

const accessed = today();
for (const span of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
  span.textContent = formatAccessed(accessed, (span.dataset.accessed || 'iso') as DateStyle);
}
for (const span of document.querySelectorAll('[data-origin]')) span.textContent = location.origin;
for (const note of document.querySelectorAll<HTMLElement>('[data-accessed-note]')) note.hidden = true;
for (const button of document.querySelectorAll<HTMLElement>('button[data-copy-text], button[data-copy-target]')) button.hidden = false;

document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLElement>('[data-copy-text], [data-copy-target]');
  if (!control) return;
  const target = control.dataset.copyTarget;
  const raw = target ? document.getElementById(target)?.textContent?.replace(/\s+/g, ' ').trim() : control.dataset.copyText;
  if (!raw) return;
  void copy(fillTokens(raw, location.origin, accessed)).then((copied) => {
    const message = copied ? (control.dataset.copiedLabel ?? '已复制') : '复制失败,请手动选择文字复制';
    announcer.textContent = message;
    const label = control.dataset.label ?? control.textContent ?? '';
    control.dataset.label = label;
    control.textContent = message;
    window.setTimeout(() => {
      control.textContent = label;
      announcer.textContent = '';
    }, CONFIRM_MS);
  });
});
