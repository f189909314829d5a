-- A shop that already has paid orders starts with their counts, as npm run recommendations:rebuild
-- would give them (db/bought-together.ts); before the triggers below, which would mark a page per
-- pair. The server runs migrations before it serves, so no cached page predates this.
INSERT INTO bought_together (product_id, other_id, orders)
  SELECT a.product_id, b.product_id, count(DISTINCT a.order_id)
  FROM orders o
  JOIN order_items a ON a.order_id = o.id
  JOIN order_items b ON b.order_id = o.id AND b.product_id <> a.product_id
  JOIN products pa ON pa.id = a.product_id
  JOIN products pb ON pb.id = b.product_id
  WHERE o.paid = 1
  GROUP BY a.product_id, b.product_id;
--> statement-breakpoint
-- A product page shows what was bought with it (lib/server/recommendations.ts), so its cached copy
-- (docs/decisions/0004-page-server.md) is stale when its own pair counts change, and when a product
-- it may recommend changes: its price, image, availability or name, or it is deleted (the delete
-- cascades to bought_together, whose delete trigger below marks the partners).
-- `product:X` is the tag every cached page of product X carries.
CREATE TRIGGER `bought_together_page_cache_insert` AFTER INSERT ON `bought_together` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    VALUES ('product:' || NEW.product_id, (SELECT epoch FROM page_cache_epoch WHERE id = 1))
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `bought_together_page_cache_update` AFTER UPDATE ON `bought_together` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    VALUES ('product:' || NEW.product_id, (SELECT epoch FROM page_cache_epoch WHERE id = 1))
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `bought_together_page_cache_delete` AFTER DELETE ON `bought_together` BEGIN
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    VALUES ('product:' || OLD.product_id, (SELECT epoch FROM page_cache_epoch WHERE id = 1))
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
-- Every product ever bought with this one may show it (or, once it is available again, start to).
CREATE TRIGGER `products_recommended_page_cache_update` AFTER UPDATE ON `products` BEGIN
  -- Its own epoch, not the catalog trigger's: SQLite does not promise which of them runs first.
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT 'product:' || product_id, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM bought_together WHERE other_id = NEW.id AND true
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
CREATE TRIGGER `product_translations_recommended_page_cache_update` AFTER UPDATE ON `product_translations` BEGIN
  -- Its own epoch, not the catalog trigger's: SQLite does not promise which of them runs first.
  UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1;
  INSERT INTO page_cache_tags (tag, version)
    SELECT 'product:' || product_id, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
    FROM bought_together WHERE other_id = NEW.product_id AND true
    ON CONFLICT (tag) DO UPDATE SET version = excluded.version;
END;
--> statement-breakpoint
-- A deleted product's pairs go with it even where foreign keys are off (an operator's sqlite3
-- shell): the shop's connections cascade first and this finds nothing; otherwise it deletes them,
-- and the delete trigger above marks the pages that showed it.
CREATE TRIGGER `products_recommended_delete` AFTER DELETE ON `products` BEGIN
  DELETE FROM bought_together WHERE product_id = OLD.id OR other_id = OLD.id;
END;
