import { describe, expect, it } from 'vitest';

import { parseId } from './id';

describe('parseId', () => {
  it('accepts plain decimal digits, up to 15 of them', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('0042')).toBe(42);
    expect(parseId('999999999999999')).toBe(999_999_999_999_999);
  });

  it('turns away everything else', () => {
    for (const value of [
      '',
      ' 1',
      '1 ',
      '-1',
      '+1',
      '1.5',
      '1e3',
      '0x1f',
      '١',
      '1234567890123456',
    ]) {
      expect(parseId(value), value).toBeUndefined();
    }
    for (const value of [undefined, null, 1, ['1'], { id: '1' }]) {
      expect(parseId(value)).toBeUndefined();
    }
  });
});
