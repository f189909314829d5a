CREATE TABLE `page_cache_epoch` (
	`id` integer PRIMARY KEY NOT NULL,
	`epoch` integer NOT NULL,
	CONSTRAINT "page_cache_epoch_one_row" CHECK("page_cache_epoch"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `page_cache_tags` (
	`tag` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `page_cache_tags_version` ON `page_cache_tags` (`version`);