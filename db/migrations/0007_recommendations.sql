CREATE TABLE `bought_together` (
	`product_id` integer NOT NULL,
	`other_id` integer NOT NULL,
	`orders` integer NOT NULL,
	PRIMARY KEY(`product_id`, `other_id`),
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`other_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "bought_together_distinct" CHECK("bought_together"."product_id" <> "bought_together"."other_id"),
	CONSTRAINT "bought_together_orders_positive" CHECK("bought_together"."orders" > 0)
);
--> statement-breakpoint
CREATE INDEX `bought_together_ranking` ON `bought_together` (`product_id`,"orders" desc,`other_id`);--> statement-breakpoint
CREATE INDEX `bought_together_other_id` ON `bought_together` (`other_id`);