import { describe, expect, it } from 'vitest';

import { dateFormat } from './date-format';

const moment = new Date(Date.UTC(2026, 0, 2, 15, 4));

describe('dateFormat', () => {
  it('formats each locale and style with its own formatter', () => {
    expect(dateFormat('en', 'adminDateTime').format(moment)).toBe('Jan 2, 2026, 03:04 PM UTC');
    expect(dateFormat('ru', 'adminDateTime').format(moment)).toMatch(
      /^2 янв\. 2026 г\., 15:04 UTC$/,
    );
    expect(dateFormat('en', 'longDate').format(moment)).toMatch(/^January [12], 2026$/);
  });

  it('builds a formatter once per locale and style', () => {
    expect(dateFormat('en', 'date')).toBe(dateFormat('en', 'date'));
    expect(dateFormat('en', 'date')).not.toBe(dateFormat('ru', 'date'));
    expect(dateFormat('en', 'date')).not.toBe(dateFormat('en', 'dateTime'));
  });
});
