import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

import { locales } from './locales';

const timestamps = {
  createdAt: integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`)
    .$onUpdate(() => new Date()),
};

export const categories = sqliteTable('categories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  ...timestamps,
});

export const categoryTranslations = sqliteTable(
  'category_translations',
  {
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: locales }).notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.categoryId, table.locale] }),
    uniqueIndex('category_translations_locale_slug').on(table.locale, table.slug),
  ],
);

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    // Path below MEDIA_ROOT, e.g. "products/12.webp".
    image: text('image').notNull(),
    // Integer minor units of the shop currency (cents for USD): exact, never a float column.
    priceMinor: integer('price_minor').notNull(),
    available: integer('available', { mode: 'boolean' }).notNull().default(true),
    ...timestamps,
  },
  (table) => [
    index('products_category_id').on(table.categoryId),
    index('products_available').on(table.available),
    // The upper bound keeps every price short enough for the cart cookie's worst case (lib/domain/cart.ts).
    check('products_price_range', sql`${table.priceMinor} between 0 and 999999999`),
  ],
);

export const productTranslations = sqliteTable(
  'product_translations',
  {
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: locales }).notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull().default(''),
  },
  (table) => [
    primaryKey({ columns: [table.productId, table.locale] }),
    uniqueIndex('product_translations_locale_slug').on(table.locale, table.slug),
    // The catalog's order (name, then id for a stable page order), covering the join to
    // products: a page is a walk along this index, never a sort of the whole catalog.
    index('product_translations_locale_name_product').on(table.locale, table.name, table.productId),
  ],
);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    // As typed; `emailKey` is the trimmed, lower-cased form that makes emails unique case-insensitively.
    email: text('email').notNull(),
    emailKey: text('email_key').notNull(),
    // scrypt hash with its salt and parameters (lib/server/password.ts); never the password itself.
    passwordHash: text('password_hash').notNull(),
    isStaff: integer('is_staff', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (table) => [uniqueIndex('users_email_key').on(table.emailKey)],
);

// A logged-in user's cart, kept so that it follows them to another browser.
export const savedCarts = sqliteTable('saved_carts', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  // JSON array of [productId, quantity, unitPrice] tuples, as in the session cookie.
  lines: text('lines', { mode: 'json' }).$type<unknown>().notNull(),
  ...timestamps,
});

// A signed-in browser session: its id is sealed in the cookie with the user's, and the cookie is
// believed only while this row exists. Logging out deletes it, "log out everywhere" deletes the
// user's all, so a copy of the cookie taken before stops working (lib/server/sessions.ts).
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (table) => [index('sessions_user_id').on(table.userId)],
);

// Rate limits shared by every server process (lib/server/rate-limit.ts): per key, the moment its
// budget is whole again. A row whose moment has passed says nothing and is deleted as others are
// charged, so the table holds only keys spent within their window.
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    fullAt: integer('full_at').notNull(),
  },
  (table) => [index('rate_limits_full_at').on(table.fullAt)],
);

// Discount codes. Money in minor units; `validUntil` is exclusive (the first moment it stops).
export const coupons = sqliteTable(
  'coupons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // As the staff typed it (trimmed); `codeKey` is the upper-cased form that makes codes unique
    // in any letter case and that the session keeps (lib/domain/coupons.ts codeKey).
    code: text('code').notNull(),
    codeKey: text('code_key').notNull(),
    // Exactly one of the two: a whole percentage, or a fixed amount of the shop currency.
    percentOff: integer('percent_off'),
    amountOffMinor: integer('amount_off_minor'),
    validFrom: integer('valid_from', { mode: 'timestamp_ms' }).notNull(),
    validUntil: integer('valid_until', { mode: 'timestamp_ms' }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    minSubtotalMinor: integer('min_subtotal_minor'),
    maxUses: integer('max_uses'),
    // Orders placed with it; counted in the order's transaction (lib/server/checkout.ts).
    uses: integer('uses').notNull().default(0),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('coupons_code_key').on(table.codeKey),
    index('coupons_valid_until').on(table.validUntil),
    check(
      'coupons_one_discount',
      sql`(${table.percentOff} between 1 and 100 and ${table.amountOffMinor} is null) or (${table.percentOff} is null and ${table.amountOffMinor} between 1 and 999999999)`,
    ),
    check('coupons_dates', sql`${table.validFrom} < ${table.validUntil}`),
    check(
      'coupons_uses',
      sql`${table.uses} >= 0 and (${table.maxUses} is null or ${table.maxUses} > 0)`,
    ),
    check(
      'coupons_min_subtotal',
      sql`${table.minSubtotalMinor} is null or ${table.minSubtotalMinor} between 0 and 999999999`,
    ),
  ],
);

export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    address: text('address').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    // The language the order was placed in: its e-mails and invoice speak it.
    locale: text('locale', { enum: locales }).notNull(),
    // What the shopper pays, in minor units: the sum of the items' copied prices less the
    // coupon's discount, computed once with decimal.js (lib/domain/coupons.ts applyDiscount).
    totalMinor: integer('total_minor').notNull(),
    // The coupon used, if any: its code as it was then, and what it took off. A coupon that
    // orders used cannot be deleted (restrict), only deactivated.
    couponId: integer('coupon_id').references(() => coupons.id, { onDelete: 'restrict' }),
    couponCode: text('coupon_code'),
    discountMinor: integer('discount_minor').notNull().default(0),
    paid: integer('paid', { mode: 'boolean' }).notNull().default(false),
    paymentId: text('payment_id'),
    // Which gateway took the payment: 'stripe' (its id links to the Stripe dashboard) or 'test'.
    // 'coupon': nothing to pay, a 100 % coupon settled it.
    paymentSource: text('payment_source', { enum: ['stripe', 'test', 'coupon'] }),
    paidAt: integer('paid_at', { mode: 'timestamp_ms' }),
    // The Stripe Checkout Session last opened for it: reused while open, replaced once expired.
    stripeSessionId: text('stripe_session_id'),
    // The account that placed it, if any; deleting the account keeps the order.
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    // The random key of the browser session that placed it: that session may see the order.
    sessionKey: text('session_key').notNull(),
    // The cart's own random id: the same cart submitted twice (double click, two tabs) is one order.
    cartToken: text('cart_token').notNull(),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('orders_cart_token').on(table.cartToken),
    index('orders_created_at').on(table.createdAt),
    index('orders_email').on(table.email),
    index('orders_user_id').on(table.userId),
    index('orders_coupon_id').on(table.couponId),
    check('orders_total_not_negative', sql`${table.totalMinor} >= 0`),
    check('orders_discount_not_negative', sql`${table.discountMinor} >= 0`),
  ],
);

export const orderItems = sqliteTable(
  'order_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    // A product deleted later leaves its order whole: the item keeps its name and price.
    productId: integer('product_id').references(() => products.id, { onDelete: 'set null' }),
    productName: text('product_name').notNull(),
    unitPriceMinor: integer('unit_price_minor').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (table) => [
    index('order_items_order_id').on(table.orderId),
    index('order_items_product_id').on(table.productId),
    check('order_items_quantity_positive', sql`${table.quantity} > 0`),
  ],
);

// Payment events already handled (Stripe event ids, test-gateway attempts): a replay changes nothing.
export const paymentEvents = sqliteTable(
  'payment_events',
  {
    id: text('id').primaryKey(),
    orderId: integer('order_id').references(() => orders.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (table) => [index('payment_events_order_id').on(table.orderId)],
);

// Written in the transaction that marks an order paid (lib/server/payments/mark-order-paid.ts) and
// by `npm run recommendations:rebuild` (db/bought-together.ts). Here beside products, which it
// references: in a file of its own it imported this one, which re-exported it (an import cycle).
/**
 * How many paid orders held both products: one row per ordered pair, so both (A, B) and (B, A),
 * which makes "what was bought with A" a walk along one index, best first. A deleted product takes
 * its rows along, as the rebuild (which sees its order items' product_id set to null) would.
 */
export const boughtTogether = sqliteTable(
  'bought_together',
  {
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    otherId: integer('other_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    orders: integer('orders').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.productId, table.otherId] }),
    // A product's partners in the order they are recommended (lib/server/recommendations.ts).
    index('bought_together_ranking').on(table.productId, sql`${table.orders} desc`, table.otherId),
    // The other side of every pair, for the triggers that refresh the pages recommending a product.
    index('bought_together_other_id').on(table.otherId),
    check('bought_together_distinct', sql`${table.productId} <> ${table.otherId}`),
    check('bought_together_orders_positive', sql`${table.orders} > 0`),
  ],
);

export type BoughtTogether = typeof boughtTogether.$inferSelect;

export * from './jobs-schema';
export * from './page-cache-schema';

export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;
export type CategoryTranslation = typeof categoryTranslations.$inferSelect;
export type NewCategoryTranslation = typeof categoryTranslations.$inferInsert;
export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
export type ProductTranslation = typeof productTranslations.$inferSelect;
export type NewProductTranslation = typeof productTranslations.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type SavedCart = typeof savedCarts.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type RateLimit = typeof rateLimits.$inferSelect;
export type PaymentEvent = typeof paymentEvents.$inferSelect;
export type Coupon = typeof coupons.$inferSelect;
export type NewCoupon = typeof coupons.$inferInsert;
export type Order = typeof orders.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;
export type OrderItem = typeof orderItems.$inferSelect;
export type NewOrderItem = typeof orderItems.$inferInsert;
