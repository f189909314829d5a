import { describe, expect, it } from 'vitest';

import { PageStore, type CachedPage } from './page-store';

const page = (bytes: number): CachedPage => ({
  status: 200,
  headers: [],
  body: Buffer.alloc(bytes),
  tags: [],
  epoch: 0,
});

describe('PageStore', () => {
  it('drops the least recently used pages to stay within its budget', () => {
    const store = new PageStore(3000);
    store.set('a', page(800));
    store.set('b', page(800));
    store.get('a');
    store.set('c', page(800));
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    expect(store.get('c')).toBeDefined();
    expect(store.stats.bytes).toBeLessThanOrEqual(3000);
  });

  it('keeps no page larger than the whole budget, and counts a replaced page once', () => {
    const store = new PageStore(1000);
    store.set('big', page(5000));
    expect(store.get('big')).toBeUndefined();
    store.set('a', page(100));
    store.set('a', page(100));
    expect(store.stats.pages).toBe(1);
    const before = store.stats.bytes;
    const kept = store.get('a')!;
    store.addGzip('a', kept, Buffer.alloc(50));
    expect(store.stats.bytes).toBe(before + 50);
    store.delete('a');
    expect(store.stats).toEqual({ pages: 0, bytes: 0 });
  });
});
