/** The browser batch export, with fetch and the DOM stubbed: one file from the per-document files. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportReferences } from '../../../src/browser/batch-export.ts';

interface FakeLink {
  href: string;
  download: string;
  click: () => void;
  remove: () => void;
}

function stubBrowser(files: Record<string, string>) {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal('fetch', async (url: string) => {
    const body = files[url];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, text: async () => body ?? '' };
  });
  vi.stubGlobal('window', { setTimeout: (callback: () => void) => callback() });
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.stubGlobal('document', {
    createElement: (): FakeLink => {
      const link: FakeLink = {
        href: '',
        download: '',
        click: () => saved.push({ name: link.download, blob: blobs.get(link.href) as Blob }),
        remove: () => undefined,
      };
      return link;
    },
    body: { append: () => undefined },
  });
  return saved;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('exportReferences', () => {
  it('saves one file joined from the documents’ files, in the order given', async () => {
    const saved = stubBrowser({ '/documents/b.gbt2025.txt': 'B[Z]. [2018].\n', '/documents/a.gbt2025.txt': 'A[N]. 报，2021-01-01.\n' });
    await exportReferences(['b', 'a'], 'gbt2025.txt');
    expect(saved.map((file) => file.name)).toEqual(['references.gbt2025.txt']);
    expect(await saved[0]?.blob.text()).toBe('[1] B[Z]. [2018].\n[2] A[N]. 报，2021-01-01.\n');
  });
  it('refuses an unknown format and reports a missing file', async () => {
    stubBrowser({});
    await expect(exportReferences(['a'], 'docx')).rejects.toThrow('未知的引文格式');
    await expect(exportReferences(['a'], 'bib')).rejects.toThrow('a');
  });
});
