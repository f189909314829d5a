import { describe, expect, it } from 'vitest';

import { containsPattern } from './like-pattern';

describe('containsPattern', () => {
  it('lower-cases the query and makes LIKE wildcards and the escape itself literal', () => {
    expect(containsPattern('АННА')).toBe('%анна%');
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
