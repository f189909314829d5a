CREATE TABLE `coupons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`code_key` text NOT NULL,
	`percent_off` integer,
	`amount_off_minor` integer,
	`valid_from` integer NOT NULL,
	`valid_until` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`min_subtotal_minor` integer,
	`max_uses` integer,
	`uses` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "coupons_one_discount" CHECK(("coupons"."percent_off" between 1 and 100 and "coupons"."amount_off_minor" is null) or ("coupons"."percent_off" is null and "coupons"."amount_off_minor" between 1 and 999999999)),
	CONSTRAINT "coupons_dates" CHECK("coupons"."valid_from" < "coupons"."valid_until"),
	CONSTRAINT "coupons_uses" CHECK("coupons"."uses" >= 0 and ("coupons"."max_uses" is null or "coupons"."max_uses" > 0)),
	CONSTRAINT "coupons_min_subtotal" CHECK("coupons"."min_subtotal_minor" is null or "coupons"."min_subtotal_minor" between 0 and 999999999)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coupons_code_key` ON `coupons` (`code_key`);--> statement-breakpoint
CREATE INDEX `coupons_valid_until` ON `coupons` (`valid_until`);--> statement-breakpoint
-- Hand-written instead of drizzle-kit's rebuild of orders: its copy selected the new columns from
-- the old table, and dropping orders inside the migration's transaction (where foreign_keys=OFF
-- has no effect) would cascade to order_items. Adding the columns keeps every row as it is.
ALTER TABLE `orders` ADD `coupon_id` integer REFERENCES coupons(id) ON DELETE restrict;--> statement-breakpoint
ALTER TABLE `orders` ADD `coupon_code` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `discount_minor` integer DEFAULT 0 NOT NULL CONSTRAINT `orders_discount_not_negative` CHECK(`discount_minor` >= 0);--> statement-breakpoint
CREATE INDEX `orders_coupon_id` ON `orders` (`coupon_id`);