DROP INDEX `product_translations_locale_name`;--> statement-breakpoint
CREATE INDEX `product_translations_locale_name_product` ON `product_translations` (`locale`,`name`,`product_id`);