import { randomBytes } from 'node:crypto';

import { countPaidOrder } from './bought-together';
import type { ShopDatabase } from './connection';
import type { Locale } from './locales';
import { orderItems, orders } from './schema';

// Sample paid orders, so that "Bought together" shows on a fresh start. They hold only products
// that no end-to-end test visits or puts in a cart (those it names with availableProduct(N) or
// unavailableProduct(), checked by seed-orders.test.ts): a test's product page and cart show no
// recommendations it did not make (e2e/recommendations.spec.ts makes its own).

type SeedOrder = {
  locale: Locale;
  firstName: string;
  lastName: string;
  email: string;
  city: string;
  daysAgo: number;
  /** English slugs of seed products, and quantities. */
  lines: [string, number][];
};

const customer = {
  anna: {
    firstName: 'Анна',
    lastName: 'Петрова',
    email: 'anna.petrova@example.com',
    city: 'Москва',
    locale: 'ru',
  },
  tom: {
    firstName: 'Tom',
    lastName: 'Baker',
    email: 'tom.baker@example.com',
    city: 'Leeds',
    locale: 'en',
  },
  maria: {
    firstName: 'Maria',
    lastName: 'Rossi',
    email: 'maria.rossi@example.com',
    city: 'Turin',
    locale: 'en',
  },
  ivan: {
    firstName: 'Иван',
    lastName: 'Смирнов',
    email: 'ivan.smirnov@example.com',
    city: 'Казань',
    locale: 'ru',
  },
} as const;

const order = (
  who: keyof typeof customer,
  daysAgo: number,
  ...lines: [string, number][]
): SeedOrder => ({ ...customer[who], daysAgo, lines });

export const seedOrders: SeedOrder[] = [
  order(
    'anna',
    30,
    ['rooibos-vanilla', 2],
    ['double-wall-glass-mugs-set-of-2', 1],
    ['almond-cantuccini-250-g', 1],
  ),
  order(
    'tom',
    28,
    ['rooibos-vanilla', 1],
    ['double-wall-glass-mugs-set-of-2', 1],
    ['wildflower-honey-350-g', 1],
  ),
  order(
    'maria',
    27,
    ['chamomile-and-lemon-balm-herbal-infusion', 2],
    ['wildflower-honey-350-g', 1],
    ['stainless-mesh-tea-infuser-ball', 1],
  ),
  order(
    'ivan',
    25,
    ['chamomile-and-lemon-balm-herbal-infusion', 1],
    ['wildflower-honey-350-g', 1],
    ['double-wall-glass-mugs-set-of-2', 1],
  ),
  order(
    'tom',
    22,
    ['porcelain-gaiwan-120-ml', 1],
    ['set-of-4-celadon-tea-cups', 1],
    ['bamboo-tea-tray-with-drainage', 1],
  ),
  order(
    'anna',
    20,
    ['cast-iron-tetsubin-teapot-0-8-l', 1],
    ['set-of-4-celadon-tea-cups', 1],
    ['airtight-tin-tea-caddy-200-g', 2],
  ),
  // Sold out since: its pairs are counted, but it is not recommended while it cannot be bought.
  order(
    'maria',
    19,
    ['yixing-clay-teapot-150-ml', 1],
    ['porcelain-gaiwan-120-ml', 1],
    ['bamboo-tea-tray-with-drainage', 1],
  ),
  order(
    'ivan',
    17,
    ['handmade-matcha-ceremony-set-with-chawan-whisk-and-scoop', 1],
    ['enamel-stovetop-kettle-2-l', 1],
    ['airtight-tin-tea-caddy-200-g', 1],
  ),
  order(
    'tom',
    15,
    ['ethiopia-yirgacheffe-whole-bean-250-g', 1],
    ['ceramic-pour-over-dripper-size-02', 1],
    ['paper-coffee-filters-size-02-100-pcs', 2],
  ),
  order(
    'maria',
    14,
    ['colombia-huila-medium-roast', 2],
    ['ceramic-pour-over-dripper-size-02', 1],
    ['paper-coffee-filters-size-02-100-pcs', 1],
    ['manual-ceramic-burr-coffee-grinder', 1],
  ),
  order(
    'anna',
    12,
    ['brazil-santos-espresso-blend', 1],
    ['stoneware-espresso-cups-set-of-6', 1],
    ['manual-ceramic-burr-coffee-grinder', 1],
  ),
  order(
    'ivan',
    10,
    ['guatemala-antigua-dark-roast', 1],
    ['stainless-steel-french-press-1-l', 1],
    ['manual-ceramic-burr-coffee-grinder', 1],
  ),
  order(
    'tom',
    8,
    ['cold-brew-coffee-packs-8-x-30-g', 2],
    ['drip-bag-coffee-sampler-10-pcs', 1],
    ['stainless-steel-french-press-1-l', 1],
  ),
  order(
    'maria',
    6,
    ['costa-rica-tarrazu-honey-process', 1],
    ['ceramic-pour-over-dripper-size-02', 1],
    ['paper-coffee-filters-size-02-100-pcs', 1],
    ['dark-chocolate-72-with-sea-salt', 2],
  ),
  order(
    'anna',
    5,
    ['electric-gooseneck-kettle-with-temperature-control', 1],
    ['ceramic-pour-over-dripper-size-02', 1],
    ['costa-rica-tarrazu-honey-process', 1],
  ),
  order(
    'ivan',
    4,
    ['belgian-chocolate-truffles-box-of-12', 1],
    ['candied-orange-peel-in-chocolate', 1],
    ['caramel-stroopwafels-8-pcs', 2],
  ),
  order(
    'tom',
    3,
    ['bakers-choice-butter-shortbread-200-g', 1],
    ['apple-pastila-100-g', 2],
    ['rooibos-vanilla', 1],
  ),
  order(
    'maria',
    2,
    ['caramel-stroopwafels-8-pcs', 1],
    ['brazil-santos-espresso-blend', 1],
    ['stoneware-espresso-cups-set-of-6', 1],
  ),
];

export type SeededProduct = { id: number; priceMinor: number; names: Record<'en' | 'ru', string> };

/**
 * Writes the sample orders as paid (by the test gateway, long ago: no e-mails are queued) and counts
 * each one's products as bought together as a payment does (db/bought-together.ts). Runs inside the
 * seed's transaction.
 */
export function seedPaidOrders(
  tx: ShopDatabase,
  productsBySlug: ReadonlyMap<string, SeededProduct>,
): void {
  const now = Date.now();
  seedOrders.forEach((seed, index) => {
    const lines = seed.lines.map(([slug, quantity]) => {
      const product = productsBySlug.get(slug);
      if (!product) throw new Error(`seed order ${index + 1}: unknown product ${slug}`);
      return { product, quantity };
    });
    // In whole minor units the total is exact: the sum of price times quantity (as orderTotal).
    const totalMinor = lines.reduce(
      (total, { product, quantity }) => total + product.priceMinor * quantity,
      0,
    );
    const createdAt = new Date(now - seed.daysAgo * 86_400_000);
    const { id } = tx
      .insert(orders)
      .values({
        firstName: seed.firstName,
        lastName: seed.lastName,
        email: seed.email,
        address: '1 Sample Street',
        postalCode: '10001',
        city: seed.city,
        locale: seed.locale,
        totalMinor,
        paid: true,
        paymentId: `test_seed_${index + 1}`,
        paymentSource: 'test',
        paidAt: new Date(createdAt.getTime() + 60_000),
        // Keys no browser holds: nobody's session opens these orders, only staff do.
        sessionKey: randomBytes(16).toString('base64url'),
        cartToken: randomBytes(16).toString('base64url'),
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: orders.id })
      .get();
    tx.insert(orderItems)
      .values(
        lines.map(({ product, quantity }) => ({
          orderId: id,
          productId: product.id,
          productName: product.names[seed.locale],
          unitPriceMinor: product.priceMinor,
          quantity,
        })),
      )
      .run();
    countPaidOrder(tx, id);
  });
}
