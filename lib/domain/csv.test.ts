import { describe, expect, it } from 'vitest';

import { csvCell, neutraliseCell, toCsv } from './csv';

describe('csv', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Smith, John')).toBe('"Smith, John"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const dangerous of [
      '=HYPERLINK("http://x")',
      '+1+2',
      '-2+3',
      '@SUM(A1)',
      '\tcmd',
      '\rcmd',
    ]) {
      expect(neutraliseCell(dangerous)).toBe(`'${dangerous}`);
    }
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('=SUM(1,2)')).toBe(`"'=SUM(1,2)"`);
    expect(neutraliseCell('Anna')).toBe('Anna');
    expect(neutraliseCell('a=b')).toBe('a=b');
  });

  it('joins rows with CRLF', () => {
    expect(
      toCsv([
        ['id', 'name'],
        [1, '=cmd'],
      ]),
    ).toBe("id,name\r\n1,'=cmd\r\n");
  });
});
