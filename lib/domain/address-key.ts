/**
 * The key a client address is counted under. One IPv4 address is one key. IPv6 is counted per
 * /64 network: a single host or home line usually holds a whole /64, and could otherwise step
 * through 2^64 addresses to escape any per-address limit. An IPv4 address written in IPv6 form
 * (::ffff:203.0.113.5, what a dual-stack socket reports) is the IPv4 address.
 * Undefined for anything that is not an address.
 */
export function addressKey(address: string): string | undefined {
  const value = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value);
  if (mapped?.[1]) return ipv4(mapped[1]);
  if (!value.includes(':')) return ipv4(value);
  const groups = ipv6Groups(value);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : undefined;
}

function ipv4(value: string): string | undefined {
  const parts = value.split('.');
  if (parts.length !== 4) return undefined;
  const numbers = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  return numbers.every((n) => n >= 0 && n <= 255) ? numbers.join('.') : undefined;
}

/** The eight groups of an IPv6 address, without leading zeros; undefined if it is not one. */
function ipv6Groups(value: string): string[] | undefined {
  // A zone ("fe80::1%eth0") names the interface, not the host.
  const [address = ''] = value.split('%');
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const split = (half: string | undefined) => (half ? half.split(':') : []);
  const head = split(halves[0]);
  const tail = split(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined;
  return groups.map((group) => group.replace(/^0+(?=.)/, ''));
}
