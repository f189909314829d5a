import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { openSync, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';

import { seedCategories, seedProducts } from '@/db/seed-data';
import { formatMoney } from '@/lib/domain/money-format';

const root = path.join(import.meta.dirname, '..');

// The shop's web font is Geist cut down to what its pages show (scripts/make-fonts.mjs). A
// character it lacks would still show, in the system's font, in the middle of a word: these
// tests name the character, so that `npm run fonts` can be run with a wider set.

const font = openSync(path.join(root, 'app/fonts/geist-latin-cyrillic.woff2')) as Font;

function missing(texts: Iterable<string>): string[] {
  const lacking = new Set<string>();
  for (const text of texts)
    for (const character of text) {
      const code = character.codePointAt(0)!;
      if (code >= 0x20 && !font.hasGlyphForCodePoint(code)) lacking.add(character);
    }
  return [...lacking].map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe("the shop's font", () => {
  it('has every character of both message catalogues', () => {
    const dir = path.join(root, 'lib/i18n/messages');
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(files).toEqual(['en.json', 'ru.json']);
    const texts = files.flatMap((name) =>
      strings(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))),
    );
    expect(texts.length).toBeGreaterThan(500);
    expect(missing(texts)).toEqual([]);
  });

  it('has every character of the seeded catalog, in both languages', () => {
    const texts = [...strings(seedCategories), ...strings(seedProducts)];
    expect(texts.some((text) => /[а-яё]/i.test(text))).toBe(true);
    expect(missing(texts)).toEqual([]);
  });

  it('has every character of prices as both languages write them', () => {
    const prices = ['USD', 'EUR', 'GBP', 'RUB', 'JPY', 'CHF'].flatMap((currency) =>
      ['en', 'ru'].map((locale) => formatMoney('-1234567.89', currency, locale)),
    );
    // Russian groups digits with a no-break space: the font must have it, or digits jump.
    expect(prices.join('')).toMatch(/[\u00a0\u202f]/);
    expect(missing(prices)).toEqual([]);
  });

  it('has every weight the styles name', () => {
    const axis = font.variationAxes.wght;
    expect(axis).toBeDefined();
    const weights: Record<string, number> = {
      thin: 100,
      extralight: 200,
      light: 300,
      normal: 400,
      medium: 500,
      semibold: 600,
      bold: 700,
      extrabold: 800,
      black: 900,
    };
    const used = new Set<number>([400, 700]); // body text and the browser's own bold (h1–h6, <b>)
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) scan(file);
        else if (/\.(tsx|ts|css)$/.test(entry.name))
          for (const match of readFileSync(file, 'utf8').matchAll(/\bfont-([a-z]+)\b/g))
            if (match[1]! in weights) used.add(weights[match[1]!]!);
      }
    };
    scan(path.join(root, 'app'));
    expect(used).toContain(600);
    for (const weight of used) {
      expect(weight).toBeGreaterThanOrEqual(axis!.min);
      expect(weight).toBeLessThanOrEqual(axis!.max);
    }
  });
});
