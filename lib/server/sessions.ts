import 'server-only';

import { and, eq, lt, sql } from 'drizzle-orm';

import { getDb } from './database';
import { sessions } from '../../db/schema';
import { env } from '../validation/env';
import type { SessionData } from '../validation/session';
import { preparedOnce } from './prepared';
import { emptySession, randomToken } from './session-cookie';

const activeSession = preparedOnce((db) =>
  db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(eq(sessions.id, sql.placeholder('id')), eq(sessions.userId, sql.placeholder('userId'))),
    )
    .prepare(),
);

/**
 * A signed-in session is believed only while its row exists (one read by primary key, once per
 * request: readSession is cached). A revoked one, or one sealed without a session id, becomes an
 * empty session, cart and order key included: a copy of a logged-out cookie opens nothing.
 * Anonymous sessions have no row and are not looked up.
 */
export async function checkedSession(data: SessionData): Promise<SessionData> {
  if (data.uid === undefined) return data;
  if (data.sid !== undefined && activeSession().get({ id: data.sid, userId: data.uid }))
    return data;
  return emptySession();
}

/** A new signed-in session for the user; its id goes into the cookie. */
export async function startSession(userId: number): Promise<string> {
  const id = randomToken();
  const db = getDb();
  const settings = env();
  db.transaction(
    (tx) => {
      // The user's sessions older than any cookie can live are gone anyway: their rows go too
      // (unless every request renews the cookie, which then lives as long as it is used).
      if (!settings.SESSION_SAVE_EVERY_REQUEST) {
        const oldest = new Date(Date.now() - (settings.SESSION_COOKIE_AGE + 24 * 3600) * 1000);
        tx.delete(sessions)
          .where(and(eq(sessions.userId, userId), lt(sessions.createdAt, oldest)))
          .run();
      }
      tx.insert(sessions).values({ id, userId }).run();
    },
    { behavior: 'immediate' },
  );
  return id;
}

/** Logs one browser session out, wherever its cookie is. */
export async function endSession(id: string | undefined): Promise<void> {
  if (id !== undefined) getDb().delete(sessions).where(eq(sessions.id, id)).run();
}

/** Logs every session of the user out: "log out everywhere", and for a password change. */
export async function endAllSessions(userId: number): Promise<void> {
  getDb().delete(sessions).where(eq(sessions.userId, userId)).run();
}
