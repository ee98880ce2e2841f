import { expect, it } from 'vitest';
import { byId, once } from '../../src/lib/memo.ts';

it('once loads on first use only and shares the result', async () => {
  let loads = 0;
  const get = once(async () => ({ loads: ++loads }));
  expect(loads).toBe(0);
  const [a, b] = await Promise.all([get(), get()]);
  expect(await get()).toBe(a);
  expect(b).toBe(a);
  expect(loads).toBe(1);
});

it('byId maps each entry by its id', () => {
  const entries = [{ id: 'cadres', n: 1 }, { id: 'talent', n: 2 }];
  expect([...byId(entries)]).toEqual([['cadres', entries[0]], ['talent', entries[1]]]);
});
