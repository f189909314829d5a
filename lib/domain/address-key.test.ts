import { describe, expect, it } from 'vitest';

import { addressKey } from './address-key';

describe('addressKey', () => {
  it('keeps an IPv4 address, also when written in IPv6 form', () => {
    expect(addressKey('203.0.113.5')).toBe('203.0.113.5');
    expect(addressKey('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(addressKey('::FFFF:10.0.0.1')).toBe('10.0.0.1');
  });

  it('counts IPv6 addresses per /64 network, however they are written', () => {
    const key = '2001:db8:0:1::/64';
    expect(addressKey('2001:db8:0:1::1')).toBe(key);
    expect(addressKey('2001:0db8:0000:0001:ffff:ffff:ffff:ffff')).toBe(key);
    expect(addressKey('2001:DB8:0:1:0:0:0:7')).toBe(key);
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('2001:db8:0:2::1')).not.toBe(key);
  });

  it('refuses what is not an address', () => {
    for (const value of [
      '',
      'unknown',
      '256.1.1.1',
      '1.2.3',
      '1.2.3.4.5',
      '2001:db8::1::2',
      'g::1',
    ])
      expect(addressKey(value), value).toBeUndefined();
    expect(addressKey('1:2:3:4:5:6:7:8:9')).toBeUndefined();
  });
});
