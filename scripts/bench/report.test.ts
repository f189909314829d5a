import { describe, expect, it } from 'vitest';

import {
  formatPercent,
  formatTable,
  fractionOfLimit,
  listPagesOverBudget,
  milliseconds,
  percentile,
} from './report';

describe('formatTable', () => {
  it('prints a Markdown table with the share of the limit', () => {
    const table = formatTable([
      {
        target: 'catalog /en',
        reqPerSec: 261.4,
        p50Ms: 58.25,
        p99Ms: 212,
        errors: 0,
        bytes: 30_512,
        limitReqPerSec: 17_800,
      },
    ]);
    expect(table.split('\n')).toEqual([
      '| target      | req/s | p50 ms | p99 ms | errors |  bytes | limit req/s | of limit |',
      '|-------------|------:|-------:|-------:|-------:|-------:|------------:|---------:|',
      '| catalog /en |   261 |   58.3 |    212 |      0 | 30,512 |      17,800 |    1.5 % |',
    ]);
  });
});

describe('numbers', () => {
  it('keeps a decimal only where it says something', () => {
    expect(milliseconds(3.21)).toBe('3.2');
    expect(milliseconds(480.4)).toBe('480');
    expect(milliseconds(Number.NaN)).toBe('n/a');
    expect(formatPercent(0.5)).toBe('50 %');
    expect(formatPercent(undefined)).toBe('n/a');
  });

  it('has no share of a limit that measured nothing', () => {
    expect(fractionOfLimit({ reqPerSec: 10, limitReqPerSec: 0 })).toBeUndefined();
    expect(fractionOfLimit({ reqPerSec: 10, limitReqPerSec: 1000 })).toBe(0.01);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('list page budget', () => {
  const row = (target: string, bytes: number) => ({
    target,
    reqPerSec: 1,
    p50Ms: 1,
    p99Ms: 1,
    errors: 0,
    bytes,
    limitReqPerSec: 1,
  });

  it('names the catalog and category pages over 60 KB, and nothing else', () => {
    expect(
      listPagesOverBudget([
        row('catalog /en', 65_050),
        row('catalog /en?page=2', 53_818),
        row('category /en/category/tea', 60_001),
        row('cart /en/cart (3 lines)', 90_000),
      ]),
    ).toEqual([
      "catalog /en: 65,050 bytes, over the list pages' budget of 60,000",
      "category /en/category/tea: 60,001 bytes, over the list pages' budget of 60,000",
    ]);
  });
});
