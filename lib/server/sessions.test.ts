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
  it('believes a session while its row exists, and leaves anonymous ones alone', async () => {
    const uid = newUser();
    const sid = await startSession(uid);
    expect(await checkedSession(signedIn(uid, sid))).toEqual(signedIn(uid, sid));
    const guest = { cart: [[1, 1, '2.00']] as [number, number, string][], key: 'g'.repeat(22) };
    expect(await checkedSession(guest)).toBe(guest);
  });

  it('reads a logged-out session, or one without an id, as empty: no cart, no key', async () => {
    const uid = newUser();
    const sid = await startSession(uid);
    const other = await startSession(uid);
    await endSession(sid);
    expect(await checkedSession(signedIn(uid, sid))).toEqual({ cart: [] });
    expect(await checkedSession(signedIn(uid))).toEqual({ cart: [] });
    expect((await checkedSession(signedIn(uid, other))).uid).toBe(uid);
  });

  it('is not a key to another account', async () => {
    const anna = newUser();
    const boris = newUser();
    const sid = await startSession(anna);
    expect(await checkedSession(signedIn(boris, sid))).toEqual({ cart: [] });
  });

  it('logs out every session of one user, and only theirs', async () => {
    const anna = newUser();
    const boris = newUser();
    const first = await startSession(anna);
    const second = await startSession(anna);
    const his = await startSession(boris);
    await endAllSessions(anna);
    expect(await checkedSession(signedIn(anna, first))).toEqual({ cart: [] });
    expect(await checkedSession(signedIn(anna, second))).toEqual({ cart: [] });
    expect((await checkedSession(signedIn(boris, his))).uid).toBe(boris);
  });
});
