import { describe, expect, it } from 'vitest';

import { formatSteps, pairStyles, percentile, summarize, type Sample } from './stats';

describe('percentile', () => {
  it('takes the nearest rank and is 0 for no values', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 0.5)).toBe(5);
    expect(percentile(values, 0.99)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });
});

describe('summarize', () => {
  const samples: Sample[] = [
    { step: 'catalog', ms: 30, ok: true },
    { step: 'pay', ms: 200, ok: false },
    { step: 'catalog', ms: 10, ok: true },
    { step: 'catalog', ms: 20, ok: false },
    { step: 'pay', ms: 100, ok: true },
  ];

  it('gives one row per step in first-seen order, counting only good answers per second', () => {
    expect(summarize(samples, 2)).toEqual([
      { step: 'catalog', requests: 3, errors: 1, reqPerSec: 1, p50Ms: 20, p99Ms: 30 },
      { step: 'pay', requests: 2, errors: 1, reqPerSec: 0.5, p50Ms: 100, p99Ms: 200 },
    ]);
  });

  it('gives no rate for a window of no length', () => {
    expect(summarize(samples, 0).every((row) => row.reqPerSec === 0)).toBe(true);
  });

  it('prints a table with a total row', () => {
    const table = formatSteps(summarize(samples, 2), 2).split('\n');
    expect(table[0]).toMatch(/^step\s+requests\s+ok req\/s\s+p50 ms\s+p99 ms\s+errors$/);
    expect(table[1]).toMatch(/^catalog\s+3\s+1\.0\s+20\s+30\s+1$/);
    expect(table.at(-1)).toMatch(/^all\s+5\s+1\.5\s+2$/);
  });
});

describe('pairStyles', () => {
  const row = (step: string) => ({
    step,
    requests: 1,
    errors: 0,
    reqPerSec: 1,
    p50Ms: 1,
    p99Ms: 1,
  });

  it("puts each step's styles side by side, steps in the order first seen", () => {
    const rows = [
      row('catalog (js)'),
      row('catalog (form)'),
      row('add to cart (form)'),
      row('script (js)'),
      row('add to cart (js)'),
      row('add to cart → page (form)'),
    ];
    expect(pairStyles(rows).map((each) => each.step)).toEqual([
      'catalog (form)',
      'catalog (js)',
      'add to cart (form)',
      'add to cart (js)',
      'script (js)',
      'add to cart → page (form)',
    ]);
  });
});
