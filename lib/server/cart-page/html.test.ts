import { describe, expect, it } from 'vitest';

import { multiply, sum } from '../../domain/money';
import type { PricedLine } from '../cart-core';
import { cartBodyHtml, type CartPageView } from './html';

// The cart page's body as the page server writes it: plain HTML with forms, no script. Built
// here from a view made by hand (no database), as ./view.ts reads one per request.

const XSS = '<img src=x onerror=alert(1)>';

function line(overrides: Partial<PricedLine> & { productId: number }): PricedLine {
  const price = overrides.price ?? '10.00';
  const quantity = overrides.quantity ?? 1;
  return {
    quantity,
    price,
    name: `Product ${overrides.productId}`,
    slug: `product-${overrides.productId}`,
    image: `products/p${overrides.productId}.webp`,
    available: true,
    currentPrice: price,
    priceChanged: false,
    // As priceCart gives it.
    total: multiply(price, quantity, 2),
    ...overrides,
  };
}

/** A view of the lines given (two by default), their subtotal summed as priceCart sums it. */
function view(overrides: Partial<CartPageView> = {}): CartPageView {
  const lines = overrides.lines ?? [
    line({ productId: 10, name: 'Assam', slug: 'assam', price: '10.00', quantity: 2 }),
    line({ productId: 11, name: 'Darjeeling', slug: 'darjeeling', price: '2.50', quantity: 3 }),
  ];
  return {
    locale: 'en',
    currency: 'USD',
    lines,
    subtotal: sum(
      lines.map((each) => each.total),
      2,
    ),
    removedCount: 0,
    maxQuantity: 99,
    holdHours: 24,
    recommendations: [],
    cardPrice: (minor) => `$${(minor / 100).toFixed(2)}`,
    ...overrides,
  };
}

/** The body, checked never to carry a script, whatever the view. */
function render(cart: CartPageView): string {
  const html = cartBodyHtml(cart);
  expect(html).not.toMatch(/<script/i);
  return html;
}

/** The cart's row (<li>) of a product, found by its forms' hidden productId field. */
function rowOf(html: string, productId: number): string {
  const rows = html.match(/<li class="grid[\s\S]*?<\/li>/g) ?? [];
  const found = rows.filter((row) => row.includes(`name="productId" value="${productId}"`));
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The part of the body before the cart's list of lines. */
function aboveLines(html: string): string {
  const at = html.indexOf('<ul');
  expect(at).toBeGreaterThan(-1);
  return html.slice(0, at);
}

function count(html: string, text: string): number {
  return html.split(text).length - 1;
}

describe('cartBodyHtml', () => {
  it('escapes product names, coupon codes and typed codes everywhere', () => {
    const html = render(
      view({
        lines: [
          line({ productId: 10, name: XSS, slug: 'a"b<c', price: '10.00' }),
          line({ productId: 11, name: 'Tea & "Milk"', price: '1.00' }),
        ],
        coupon: {
          code: '<img src=x onerror=alert(2)>',
          discount: { kind: 'percent', percent: 10 },
          minSubtotal: null,
        },
        couponError: {
          message: 'There is no coupon with this code. Check the spelling.',
          code: '"><img src=x onerror=alert(3)>',
        },
        refused: { message: XSS, productId: 10, quantity: '"><img src=x>', field: 'quantity' },
        notice: `${XSS} was removed from your cart.`,
        recommendations: [
          {
            id: 12,
            name: XSS,
            slug: 'rec',
            image: 'products/r.webp',
            priceMinor: 300,
            available: true,
          },
        ],
      }),
    );
    expect(html).not.toContain('<img src=x');
    // The only images are the shop's own: the two lines' and the card's.
    expect(count(html, '<img ')).toBe(3);
    expect(count(html, 'onerror=')).toBe(count(html, '&lt;img src=x onerror='));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(3)&gt;"');
    expect(html).toContain('value="&quot;&gt;&lt;img src=x&gt;"');
    expect(html).toContain('Tea &amp; &quot;Milk&quot;');
    // The slug is a path segment: escaped for the address, not only for HTML.
    expect(html).toContain('href="/en/products/a%22b%3Cc"');
    // The name in an attribute (the buttons' labels and the card's alt) is escaped too.
    expect(html).toContain('aria-label="Remove &lt;img src=x onerror=alert(1)&gt; from the cart"');
    expect(html).toContain('alt="&lt;img src=x onerror=alert(1)&gt;"');
    // A refusal above the cart, and the empty cart's notice, are escaped too.
    const empty = render(view({ lines: [], notice: XSS, refused: { message: XSS } }));
    expect(empty).not.toContain('<img');
    expect(count(empty, '&lt;img src=x onerror=alert(1)&gt;')).toBe(2);
  });

  it('shows each line with its link, unit price, line total and the subtotal, and its forms', () => {
    const html = render(view());
    const assam = rowOf(html, 10);
    expect(assam).toContain('<a href="/en/products/assam" class="font-medium underline">Assam</a>');
    expect(assam).toContain('Unit price: $10.00');
    expect(assam).toContain('Total: <strong>$20.00</strong>');
    expect(assam).toContain('<form action="/en/cart/update" method="post"');
    expect(assam).toContain('<form action="/en/cart/remove" method="post"');
    expect(count(assam, '<input type="hidden" name="productId" value="10">')).toBe(2);
    expect(assam).toMatch(/<input id="quantity-10" name="quantity" type="number"[^>]* value="2"/);
    expect(assam).not.toContain('aria-invalid="true"');
    expect(assam).toContain(
      'srcset="/img/96/75/products/p10.webp 1x, /img/256/75/products/p10.webp 2x"',
    );
    const darjeeling = rowOf(html, 11);
    expect(darjeeling).toContain('href="/en/products/darjeeling"');
    expect(darjeeling).toContain('Unit price: $2.50');
    expect(darjeeling).toContain('Total: <strong>$7.50</strong>');
    expect(darjeeling).toContain('value="3"');
    expect(html).toContain('Subtotal: <strong>$27.50</strong>');
    expect(html).toContain('<a href="/en/checkout"');
    expect(html).toContain('<form action="/en/cart/clear" method="post">');
    expect(html).toContain('<form action="/en/cart/coupon" method="post"');
    // Without a coupon there is no discount and no second total.
    expect(html).not.toContain('Total to pay');
    expect(html).not.toContain('/en/cart/uncoupon');
    // An empty status line is still there, for what the next change says.
    expect(html).toContain(
      '<p role="status" class="min-h-6 text-sm font-medium text-brand-800"></p>',
    );
    expect(html).not.toContain('role="alert"');
  });

  it('shows a refused quantity next to its line, with the quantity as typed', () => {
    const message = 'You can have at most 99 of one product in your cart.';
    const html = render(
      view({ refused: { message, productId: 10, quantity: '500', field: 'quantity' } }),
    );
    const assam = rowOf(html, 10);
    expect(assam).toContain(
      `<p id="quantity-error-10" role="alert" class="col-span-full text-sm font-medium text-red-800">${message}</p>`,
    );
    expect(assam).toMatch(
      /<input id="quantity-10" name="quantity"[^>]* value="500" aria-invalid="true" aria-describedby="quantity-error-10"/,
    );
    // Said once, next to its line only.
    expect(count(html, 'role="alert"')).toBe(1);
    expect(aboveLines(html)).not.toContain(message);
    const darjeeling = rowOf(html, 11);
    expect(darjeeling).not.toContain('role="alert"');
    expect(darjeeling).not.toContain('aria-invalid="true"');
    expect(darjeeling).toContain('value="3"');
  });

  it('shows a refusal about a product no longer in the cart above the cart', () => {
    const message = 'This product is no longer in your cart.';
    const html = render(view({ refused: { message, productId: 99 } }));
    expect(aboveLines(html)).toContain(`<p role="alert"`);
    expect(aboveLines(html)).toContain(`>${message}</p>`);
    expect(count(html, 'role="alert"')).toBe(1);
    expect(rowOf(html, 10)).not.toContain('role="alert"');
    expect(rowOf(html, 11)).not.toContain('role="alert"');
    // A refusal about no line at all is said above the cart too.
    const invalid = render(view({ refused: { message: 'Something was wrong.' } }));
    expect(aboveLines(invalid)).toContain('>Something was wrong.</p>');
    expect(count(invalid, 'role="alert"')).toBe(1);
  });

  it('shows the empty cart with its notice in a status line', () => {
    const html = render(view({ lines: [], notice: 'Your cart is now empty.' }));
    expect(html).toContain('<h1 class="text-2xl font-bold">Your cart</h1>');
    expect(html).toMatch(/<p role="status"[^>]*>Your cart is now empty\.<\/p>/);
    expect(html).toContain('<p>Your cart is empty.</p>');
    expect(html).toContain('<a href="/en" class="text-brand-700 underline">Continue shopping</a>');
    expect(html).not.toContain('/en/checkout');
    expect(html).not.toContain('Subtotal');
    expect(html).not.toContain('<form');
    // Without a notice there is no status line.
    expect(render(view({ lines: [] }))).not.toContain('role="status"');
  });

  it('says why the checkout sent the shopper back', () => {
    const empty = render(view({ lines: [], checkout: 'empty' }));
    expect(empty).toMatch(
      /<p role="alert"[^>]*>Your cart is empty: add some products before checking out\.<\/p>/,
    );
    const unavailable = render(view({ checkout: 'unavailable' }));
    expect(aboveLines(unavailable)).toContain(
      'Some products in your cart are out of stock. Remove them to check out.',
    );
  });

  it('shows a percent coupon’s discount line and the total to pay', () => {
    const html = render(
      view({
        coupon: { code: 'SAVE10', discount: { kind: 'percent', percent: 10 }, minSubtotal: null },
      }),
    );
    expect(html).toContain('Subtotal: <strong>$27.50</strong>');
    expect(html).toContain('<p>Coupon SAVE10 (10 % off): <strong>−$2.75</strong></p>');
    expect(html).toContain('Total to pay: <strong>$24.75</strong>');
    expect(html).toContain('<form action="/en/cart/uncoupon" method="post">');
    expect(html).toContain('aria-label="Remove coupon SAVE10"');
    // The coupon form stays, empty.
    expect(html).toMatch(/<input id="coupon-code" name="code"[^>]* value=""/);
  });

  it('shows an amount coupon, never taking off more than the subtotal', () => {
    const html = render(
      view({
        lines: [line({ productId: 10, price: '3.00' })],
        coupon: { code: 'FIVE', discount: { kind: 'amount', amount: '5.00' }, minSubtotal: null },
      }),
    );
    expect(html).toContain('<p>Coupon FIVE ($5.00 off): <strong>−$3.00</strong></p>');
    expect(html).toContain('Total to pay: <strong>$0.00</strong>');
  });

  it('says why a coupon does not apply, and takes nothing off', () => {
    const expired = render(
      view({
        coupon: {
          code: 'OLD',
          discount: { kind: 'percent', percent: 10 },
          minSubtotal: null,
          problem: 'COUPON_EXPIRED',
        },
      }),
    );
    expect(expired).toContain('Coupon OLD does not apply: This coupon has expired.');
    expect(expired).not.toContain('−$');
    expect(expired).toContain('Total to pay: <strong>$27.50</strong>');
    // It can still be taken off.
    expect(expired).toContain('<form action="/en/cart/uncoupon" method="post">');

    const below = render(
      view({
        coupon: {
          code: 'BIG',
          discount: { kind: 'percent', percent: 10 },
          minSubtotal: '100.00',
          problem: 'COUPON_BELOW_MINIMUM',
        },
      }),
    );
    expect(below).toContain(
      'Coupon BIG does not apply: This coupon needs a subtotal of at least $100.00.',
    );
    expect(below).toContain('Total to pay: <strong>$27.50</strong>');
  });

  it('keeps the typed code in the coupon form after a refusal, with the message', () => {
    const html = render(
      view({
        couponError: {
          message: 'There is no coupon with this code. Check the spelling.',
          code: 'nope1',
        },
      }),
    );
    expect(html).toMatch(
      /<input id="coupon-code" name="code"[^>]* value="nope1" aria-invalid="true" aria-describedby="coupon-error"/,
    );
    expect(html).toContain(
      '<p id="coupon-error" role="alert" class="text-sm font-medium text-red-800">There is no coupon with this code. Check the spelling.</p>',
    );
    // Inside the coupon form, after its field.
    const form = /<form action="\/en\/cart\/coupon"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    expect(form).toContain('role="alert"');
    expect(form).toContain('value="nope1"');
  });

  it('offers no checkout while a line is out of stock, and says so on the line', () => {
    const html = render(
      view({
        lines: [
          line({ productId: 10, name: 'Assam' }),
          line({ productId: 11, name: 'Darjeeling', available: false }),
        ],
      }),
    );
    expect(html).not.toContain('/en/checkout');
    expect(html).not.toContain('Check out');
    expect(html).toContain('Remove the products that are out of stock to check out.');
    expect(rowOf(html, 11)).toContain('Out of stock: remove it to check out.');
    expect(rowOf(html, 10)).not.toContain('Out of stock');
  });

  it('tells of price changes and of products taken out', () => {
    const html = render(
      view({
        removedCount: 2,
        lines: [
          line({ productId: 10, price: '5.00', currentPrice: '6.00', priceChanged: true }),
          line({ productId: 11, price: '7.00', repricedFrom: '6.50' }),
        ],
      }),
    );
    expect(aboveLines(html)).toContain(
      '2 products in your cart are no longer sold and were taken out.',
    );
    expect(rowOf(html, 10)).toContain(
      'The price is now $6.00; your cart keeps $5.00, the price when you added it.',
    );
    expect(rowOf(html, 11)).toContain(
      'Prices are held for 24 hours after adding: you added it at $6.50, it now costs $7.00.',
    );
  });

  it('shows recommendations as product cards, and nothing without them', () => {
    const html = render(
      view({
        recommendations: [
          {
            id: 12,
            name: 'Oolong',
            slug: 'oolong',
            image: 'products/o.webp',
            priceMinor: 1234,
            available: true,
          },
        ],
      }),
    );
    expect(html).toContain(
      '<h2 id="you-may-also-like" class="text-xl font-bold">You may also like</h2>',
    );
    expect(html).toContain('href="/en/products/oolong"');
    expect(html).toContain('<span class="font-semibold">$12.34</span>');
    expect(html).toContain('src="/img/828/75/products/o.webp"');
    expect(render(view())).not.toContain('you-may-also-like');
  });

  it('speaks Russian in a Russian cart, with its prices formatted for Russian', () => {
    const rub = (amount: number) =>
      new Intl.NumberFormat('ru', { style: 'currency', currency: 'RUB' }).format(amount);
    const html = render(
      view({
        locale: 'ru',
        currency: 'RUB',
        coupon: { code: 'SAVE10', discount: { kind: 'percent', percent: 10 }, minSubtotal: null },
        couponError: { message: 'Такого промокода нет.', code: 'nope' },
        refused: {
          message: 'В корзине может быть не больше 99 шт. одного товара.',
          productId: 10,
          quantity: '500',
          field: 'quantity',
        },
        notice: 'Корзина обновлена.',
      }),
    );
    expect(html).toContain('<h1 class="text-2xl font-bold">Ваша корзина</h1>');
    const assam = rowOf(html, 10);
    expect(assam).toContain('href="/ru/products/assam"');
    expect(assam).toContain(`Цена: ${rub(10)}`);
    expect(assam).toContain(`Сумма: <strong>${rub(20)}</strong>`);
    expect(assam).toContain('<form action="/ru/cart/update" method="post"');
    expect(assam).toContain('<form action="/ru/cart/remove" method="post"');
    expect(assam).toContain('>Обновить</button>');
    expect(assam).toContain('>Удалить</button>');
    expect(assam).toContain('aria-label="Удалить из корзины: Assam"');
    expect(assam).toContain('В корзине может быть не больше 99 шт. одного товара.');
    expect(html).toContain(`Итого: <strong>${rub(27.5)}</strong>`);
    expect(html).toContain(`Промокод SAVE10 (скидка 10 %): <strong>−${rub(2.75)}</strong>`);
    expect(html).toContain(`К оплате: <strong>${rub(24.75)}</strong>`);
    expect(html).toContain('>Промокод</label>');
    expect(html).toContain('>Применить</button>');
    expect(html).toContain('>Убрать промокод</button>');
    expect(html).toContain('<a href="/ru/checkout"');
    expect(html).toContain('>Оформить заказ</a>');
    expect(html).toContain('>Очистить корзину</button>');
    expect(html).toContain('>Корзина обновлена.</p>');
    expect(html).not.toMatch(/\$|Your cart|Check out|Subtotal/);

    const usd = render(view({ locale: 'ru', lines: [], checkout: 'empty' }));
    expect(usd).toContain('Ваша корзина пуста: добавьте товары, чтобы оформить заказ.');
    expect(usd).toContain('<p>Ваша корзина пуста.</p>');
    expect(usd).toContain('<a href="/ru" class="text-brand-700 underline">Продолжить покупки</a>');

    const expired = render(
      view({
        locale: 'ru',
        coupon: {
          code: 'OLD',
          discount: { kind: 'percent', percent: 10 },
          minSubtotal: null,
          problem: 'COUPON_EXPIRED',
        },
        lines: [line({ productId: 10, available: false })],
      }),
    );
    expect(expired).toContain('Промокод OLD не действует: Срок действия этого промокода истёк.');
    expect(expired).toContain('Удалите товары, которых нет в наличии, чтобы оформить заказ.');
    expect(expired).toContain('Нет в наличии: удалите товар, чтобы оформить заказ.');
    expect(expired).not.toContain('/ru/checkout');
    // US dollars in Russian: formatted for Russian.
    expect(expired).toContain(
      new Intl.NumberFormat('ru', { style: 'currency', currency: 'USD' }).format(10),
    );
  });
});
