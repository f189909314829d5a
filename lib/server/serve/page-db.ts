import 'server-only';

import Database from 'better-sqlite3';

/**
 * The page server's own read-only connection and the few statements it runs per request, each
 * prepared once: which catalog tags changed (db/page-cache-schema.ts), what a page's address
 * names, and what the visitor's header shows. Next's pages keep their own connection (lib/server/database.ts).
 */
export type PageDb = ReturnType<typeof openPageDb>;

export function openPageDb(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const epoch = db.prepare('SELECT epoch FROM page_cache_epoch WHERE id = 1').pluck();
  const changedSince = db.prepare<[number], { tag: string; version: number }>(
    'SELECT tag, version FROM page_cache_tags WHERE version > ?',
  );
  const productBySlug = db.prepare<[string, string], { id: number; categoryId: number }>(
    `SELECT p.id, p.category_id AS categoryId FROM product_translations t
     JOIN products p ON p.id = t.product_id WHERE t.locale = ? AND t.slug = ?`,
  );
  const categoryBySlug = db
    .prepare<[string, string], number>(
      'SELECT category_id FROM category_translations WHERE locale = ? AND slug = ?',
    )
    .pluck();
  // The header's count leaves out products deleted since they were added, as cartCount() does.
  const cartCount = db
    .prepare<[string], number>(
      `SELECT coalesce(sum(json_extract(line.value, '$[1]')), 0) FROM json_each(?) AS line
       JOIN products p ON p.id = json_extract(line.value, '$[0]')`,
    )
    .pluck();
  // The signed-in user, only while the session has not been logged out (lib/server/sessions.ts).
  const user = db.prepare<[string, number], { name: string; isStaff: number }>(
    `SELECT u.name, u.is_staff AS isStaff FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = ? AND s.user_id = ?`,
  );
  return {
    epoch: (): number => (epoch.get() as number | undefined) ?? 0,
    changedSince: (version: number) => changedSince.all(version),
    product: (locale: string, slug: string) => productBySlug.get(locale, slug),
    categoryId: (locale: string, slug: string) => categoryBySlug.get(locale, slug),
    cartCount: (lines: readonly (readonly [number, number, string, number?])[]): number =>
      lines.length === 0 ? 0 : (cartCount.get(JSON.stringify(lines)) ?? 0),
    user: (id: number, sessionId: string) => {
      const row = user.get(sessionId, id);
      return row && { name: row.name, isStaff: row.isStaff === 1 };
    },
    close: () => db.close(),
  };
}
