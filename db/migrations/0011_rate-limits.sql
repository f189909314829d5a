CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`full_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limits_full_at` ON `rate_limits` (`full_at`);--> statement-breakpoint
DROP TABLE `login_attempts`;