import { describe, expect, it } from 'vitest';

import en from './messages/en.json';
import ru from './messages/ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('message files', () => {
  it('have the same keys in every language', () => {
    expect(keys(ru).sort()).toEqual(keys(en).sort());
  });

  it('have no empty strings', () => {
    const flat = (messages: unknown) =>
      keys(messages).map((key) =>
        key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages),
      );
    for (const value of [...flat(en), ...flat(ru)]) expect(value).not.toBe('');
  });
});
