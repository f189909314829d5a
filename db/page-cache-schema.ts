import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Kept apart from schema.ts, which re-exports it. Written only by the triggers of migration
// 0005_page-cache-triggers.sql: any write to the catalog tables, from the admin, a seed, a test or
// an operator's sqlite3 shell, marks what it changes. Every server process reads these rows to
// know which of its cached pages are stale (lib/server/serve/tag-versions.ts), so invalidation is
// shared.

/** One row: a counter bumped by every catalog write. A process that sees it unchanged has nothing to drop. */
export const pageCacheEpoch = sqliteTable(
  'page_cache_epoch',
  {
    id: integer('id').primaryKey(),
    epoch: integer('epoch').notNull(),
  },
  (table) => [check('page_cache_epoch_one_row', sql`${table.id} = 1`)],
);

/**
 * What a catalog write changed, as tags: `product:12`, `category:3` (its product list),
 * `category-info:3` (its name and address), `list` (the catalog list), `nav` (the category links).
 * `version` is the epoch of the last write that touched the tag.
 */
export const pageCacheTags = sqliteTable(
  'page_cache_tags',
  {
    tag: text('tag').primaryKey(),
    version: integer('version').notNull(),
  },
  (table) => [index('page_cache_tags_version').on(table.version)],
);
