-- Marks what every catalog write changes, for the page cache of every server process
-- (db/page-cache-schema.ts, lib/server/page-cache/). Triggers rather than calls in the admin code,
-- so that no writer can forget: the admin, seeds, tests and a hand-run sqlite3 all invalidate.
INSERT INTO `page_cache_epoch` (`id`, `epoch`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `products_page_cache_insert` AFTER INSERT ON `products` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('list', 'product:' || NEW.id, 'category:' || NEW.category_id)) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `products_page_cache_update` AFTER UPDATE ON `products` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('list', 'product:' || NEW.id, 'category:' || OLD.category_id, 'category:' || NEW.category_id)) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `products_page_cache_delete` AFTER DELETE ON `products` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('list', 'product:' || OLD.id, 'category:' || OLD.category_id)) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `product_translations_page_cache_insert` AFTER INSERT ON `product_translations` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('list', 'product:' || NEW.product_id, 'category:' || (SELECT category_id FROM products WHERE id = NEW.product_id))) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `product_translations_page_cache_update` AFTER UPDATE ON `product_translations` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('list', 'product:' || OLD.product_id, 'product:' || NEW.product_id, 'category:' || (SELECT category_id FROM products WHERE id = NEW.product_id))) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `product_translations_page_cache_delete` AFTER DELETE ON `product_translations` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('list', 'product:' || OLD.product_id, 'category:' || (SELECT category_id FROM products WHERE id = OLD.product_id))) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `categories_page_cache_insert` AFTER INSERT ON `categories` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('nav', 'category:' || NEW.id)) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `categories_page_cache_delete` AFTER DELETE ON `categories` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('nav', 'category:' || OLD.id, 'category-info:' || OLD.id)) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `category_translations_page_cache_insert` AFTER INSERT ON `category_translations` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('nav', 'category:' || NEW.category_id, 'category-info:' || NEW.category_id)) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `category_translations_page_cache_update` AFTER UPDATE ON `category_translations` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('nav', 'category:' || NEW.category_id, 'category-info:' || NEW.category_id, 'category:' || OLD.category_id, 'category-info:' || OLD.category_id)) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `category_translations_page_cache_delete` AFTER DELETE ON `category_translations` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT value, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM json_each(json_array('nav', 'category:' || OLD.category_id, 'category-info:' || OLD.category_id)) WHERE value IS NOT NULL
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
