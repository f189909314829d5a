import 'server-only';

import type { SessionData } from '../validation/session';
import { emptySession, unsealSession, type SessionSettings } from './session-cookie';

// Unsealing (two key derivations, an HMAC and a decryption through WebCrypto) costs about a third
// of a millisecond, more than the rest of a cached page; a browser sends the same cookie on every
// page until its session changes, so the last few thousand are kept. Keyed by the whole sealed
// value, which carries its own expiry: an entry is dropped once that has passed, and after a
// minute in any case.
const MAX_SESSIONS = 5000;
const KEEP_MS = 60_000;

/**
 * Opens session cookies as unsealSession does, remembering the ones it opened. Each caller gets
 * its own copy, so that no change made to one request's session can reach another's.
 */
export class OpenedSessions {
  private readonly opened = new Map<string, { data: SessionData; until: number }>();

  constructor(
    private readonly settings: SessionSettings,
    private readonly max = MAX_SESSIONS,
  ) {}

  async open(value: string | undefined): Promise<SessionData> {
    if (!value) return emptySession();
    const now = Date.now();
    const known = this.opened.get(value);
    if (known && known.until > now) return structuredClone(known.data);
    const data = await unsealSession(value, this.settings);
    if (this.opened.size >= this.max) this.opened.clear();
    this.opened.set(value, { data, until: Math.min(sealExpiry(value), now + KEEP_MS) });
    return structuredClone(data);
  }
}

// An iron seal is "Fe26.2*id*salt*iv*data*expiry*hmacSalt*hmac"; a missing expiry never expires.
function sealExpiry(value: string): number {
  const expiry = Number(value.split('*')[5]);
  return Number.isFinite(expiry) && expiry > 0 ? expiry : Number.POSITIVE_INFINITY;
}
