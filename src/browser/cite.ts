/**
 * Copy buttons for references, passages and permalinks, and today's date as the 引用日期.
 * One module for every copy control on a page; without it the references stay readable
 * and selectable, the permalinks still link, and the copy buttons stay hidden.
 */
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

for (const date of document.querySelectorAll('[data-accessed]')) date.textContent = today();
for (const note of document.querySelectorAll<HTMLElement>('[data-accessed-note]')) note.hidden = true;
for (const button of document.querySelectorAll<HTMLElement>('button[data-copy-text], button[data-copy-target]')) button.hidden = false;

document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLElement>('[data-copy-text], [data-copy-target]');
  if (!control) return;
  const target = control.dataset.copyTarget;
  const text = target ? document.getElementById(target)?.textContent?.replace(/\s+/g, ' ').trim() : control.dataset.copyText;
  if (!text) return;
  void copy(text).then((copied) => {
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
