import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from './database';
import { users } from '../../db/schema';
import { checkedSession, endAllSessions, endSession, startSession } from './sessions';

let counter = 0;
function newUser(): number {
  counter += 1;
  return getDb()
    .insert(users)
    .values({
      name: 'Anna',
      email: `s${counter}@x`,
      emailKey: `s${counter}@x`,
      passwordHash: 'h',
    })
    .returning({ id: users.id })
    .get().id;
}

const signedIn = (uid: number, sid?: string) => ({
  cart: [[1, 2, '3.00']] as [number, number, string][],
  key: 'k'.repeat(22),
  uid,
  sid,
});

describe('signed-in sessions', () => {
  it('believes a session while its row exists, and leaves anonymous ones alone', () => {
    const uid = newUser();
    const sid = startSession(uid);
    expect(checkedSession(signedIn(uid, sid))).toEqual(signedIn(uid, sid));
    const guest = { cart: [[1, 1, '2.00']] as [number, number, string][], key: 'g'.repeat(22) };
    expect(checkedSession(guest)).toBe(guest);
  });

  it('reads a logged-out session, or one without an id, as empty: no cart, no key', () => {
    const uid = newUser();
    const sid = startSession(uid);
    const other = startSession(uid);
    endSession(sid);
    expect(checkedSession(signedIn(uid, sid))).toEqual({ cart: [] });
    expect(checkedSession(signedIn(uid))).toEqual({ cart: [] });
    expect(checkedSession(signedIn(uid, other)).uid).toBe(uid);
  });

  it('is not a key to another account', () => {
    const anna = newUser();
    const boris = newUser();
    const sid = startSession(anna);
    expect(checkedSession(signedIn(boris, sid))).toEqual({ cart: [] });
  });

  it('logs out every session of one user, and only theirs', () => {
    const anna = newUser();
    const boris = newUser();
    const first = startSession(anna);
    const second = startSession(anna);
    const his = startSession(boris);
    endAllSessions(anna);
    expect(checkedSession(signedIn(anna, first))).toEqual({ cart: [] });
    expect(checkedSession(signedIn(anna, second))).toEqual({ cart: [] });
    expect(checkedSession(signedIn(boris, his)).uid).toBe(boris);
  });
});
