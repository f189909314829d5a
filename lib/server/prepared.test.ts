import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from './database';
import { openDatabase } from '../../db/connection';
import { preparedOnce } from './prepared';

describe('preparedOnce', () => {
  it('builds a statement once per connection, on first use', () => {
    const build = vi.fn((db: ReturnType<typeof getDb>) => ({ db }));
    const statement = preparedOnce(build);
    expect(build).not.toHaveBeenCalled();
    const first = statement();
    expect(statement()).toBe(first);
    expect(first.db).toBe(getDb());
    expect(build).toHaveBeenCalledTimes(1);

    // Another connection (a test's fresh database) gets a statement of its own.
    const holder = globalThis as typeof globalThis & { __shopDb?: ReturnType<typeof getDb> };
    const original = holder.__shopDb;
    holder.__shopDb = openDatabase(':memory:');
    try {
      expect(statement().db).toBe(holder.__shopDb);
      expect(build).toHaveBeenCalledTimes(2);
    } finally {
      holder.__shopDb = original;
    }
    expect(statement()).toBe(first);
  });
});
