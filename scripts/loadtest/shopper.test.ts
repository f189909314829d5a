import { describe, expect, it } from 'vitest';

import { usesJavaScript } from './shopper';

const jsIndices = (shoppers: number, share: number) =>
  Array.from({ length: shoppers }, (_, index) => index).filter((index) =>
    usesJavaScript(index, share),
  );

describe('usesJavaScript', () => {
  it('gives the share of shoppers JavaScript, spread evenly over them', () => {
    expect(jsIndices(6, 0.5)).toEqual([1, 3, 5]);
    expect(jsIndices(10, 0.3)).toEqual([3, 6, 9]);
    expect(jsIndices(100, 0.5)).toHaveLength(50);
    expect(jsIndices(100, 0.1)).toHaveLength(10);
    expect(jsIndices(7, 0.25)).toEqual([3]);
  });

  it('gives none at 0 and every one at 1', () => {
    expect(jsIndices(20, 0)).toEqual([]);
    expect(jsIndices(20, 1)).toHaveLength(20);
  });
});
