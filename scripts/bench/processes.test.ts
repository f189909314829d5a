import { describe, expect, it } from 'vitest';

import { replayableHeaders } from './processes';

describe('replayableHeaders', () => {
  it('keeps the response headers and drops those about the socket', () => {
    expect(
      replayableHeaders([
        'Set-Cookie',
        'a=1',
        'Connection',
        'close',
        'Set-Cookie',
        'b=2',
        'keep-alive',
        'timeout=5',
        'Transfer-Encoding',
        'chunked',
      ]),
    ).toEqual(['Set-Cookie', 'a=1', 'Set-Cookie', 'b=2', 'Transfer-Encoding', 'chunked']);
  });
});
