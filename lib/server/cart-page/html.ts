import 'server-only';

import { createTranslator } from 'use-intl/core';

import { cartDiscount, type CartCoupon } from '../../domain/coupons';
import type { Money } from '../../domain/money';
import { currencyDigits, formatMoney } from '../../domain/money-format';
import { cardImage, lineImage } from '../../image-loader';
import type { Locale } from '../../i18n/locales';
import { cartPostPath } from '../../validation/cart-post-path';
import type { PricedLine } from '../cart-core';
import type { ProductCard } from '../catalog';
import { escapeHtml } from '../html';
import { MESSAGES } from '../messages';

/**
 * Where the body goes in the chrome Next renders for the page server (app/[locale]/cart/page.tsx,
 * ../serve/cart-page.ts): a comment, which nothing else in a page carries.
 */
export const CART_BODY_MARKER = '<!--shop:cart-body-->';

/** Everything the cart page's body shows, read for one request (./view.ts). */
export type CartPageView = {
  locale: Locale;
  currency: string;
  lines: PricedLine[];
  /** The lines' totals summed (priceCart). */
  subtotal: Money;
  removedCount: number;
  maxQuantity: number;
  /** CART_PRICE_HOLD_HOURS, for the notice on a line whose hold has run out. */
  holdHours: number;
  coupon?: CartCoupon;
  /** Set when the checkout sent the shopper back here. */
  checkout?: 'empty' | 'unavailable';
  /** A refused change: next to its line when `productId` is one of the cart's, else above it. */
  refused?: { message: string; productId?: number; quantity?: string; field?: 'quantity' };
  /** What the last form post changed, for the status line. */
  notice?: string;
  /** The coupon form's refusal, with the code as it was typed. */
  couponError?: { message: string; code: string };
  recommendations: ProductCard[];
  /** Product cards' prices, formatted as the catalog formats them. */
  cardPrice: (priceMinor: number) => string;
};

/**
 * The cart page's body (everything inside <main>) as HTML: plain forms that post to
 * /{locale}/cart/… (lib/server/cart-post.ts), no script. The one renderer of the cart: the page
 * server writes it into the chrome it keeps per header variant (../serve/cart-page.ts), and Next's own cart
 * page (app/[locale]/cart/page.tsx) shows the same HTML under `next dev` and on a client-side
 * visit. Every text is escaped here; nothing else in the shop writes HTML for the cart.
 */
export function cartBodyHtml(view: CartPageView): string {
  const words = translators(view.locale);
  const { t } = words;
  // A refusal is told next to its line; above the cart when it is about none of its lines.
  const { refused } = view;
  const topAlert =
    refused && !view.lines.some((line) => line.productId === refused.productId)
      ? refused.message
      : undefined;
  const parts: string[] = [`<h1 class="text-2xl font-bold">${escapeHtml(t('title'))}</h1>`];
  if (view.checkout)
    parts.push(alert(t(view.checkout === 'empty' ? 'checkoutEmpty' : 'checkoutUnavailable')));
  if (topAlert !== undefined) parts.push(alert(topAlert));
  if (view.removedCount > 0)
    parts.push(
      `<p class="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">${escapeHtml(t('removedNotice', { count: view.removedCount }))}</p>`,
    );
  parts.push(view.lines.length === 0 ? emptyCart(view, words) : filledCart(view, words));
  parts.push(recommendations(view));
  return `<div class="mx-auto flex max-w-3xl flex-col gap-4">${parts.join('')}</div>`;
}

function translators(locale: Locale) {
  const messages = MESSAGES[locale];
  return {
    t: createTranslator({ locale, messages, namespace: 'Cart' }),
    tc: createTranslator({ locale, messages, namespace: 'Coupon' }),
  };
}

type Words = ReturnType<typeof translators>;

const ALERT = 'rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900';

function alert(message: string): string {
  return `<p role="alert" class="${ALERT}">${escapeHtml(message)}</p>`;
}

function emptyCart(view: CartPageView, { t }: Words): string {
  const notice = view.notice
    ? `<p role="status" class="text-sm font-medium text-brand-800">${escapeHtml(view.notice)}</p>`
    : '';
  return (
    `<div class="flex flex-col items-start gap-3">${notice}<p>${escapeHtml(t('empty'))}</p>` +
    `<a href="/${view.locale}" class="text-brand-700 underline">${escapeHtml(t('continueShopping'))}</a></div>`
  );
}

function filledCart(view: CartPageView, words: Words): string {
  const { t, tc } = words;
  const { locale, currency, lines, coupon } = view;
  const money = (amount: string) => formatMoney(amount, currency, locale);
  // The same amounts as the order's (lib/domain/coupons.ts, with decimal.js).
  const amounts = cartDiscount(coupon, view.subtotal, currencyDigits(currency));
  const rows = lines.map((line) => cartRow(view, line, money, words)).join('');
  const totals: string[] = [
    `<p class="text-lg">${escapeHtml(t('subtotal'))}: <strong>${escapeHtml(money(amounts.subtotal))}</strong></p>`,
  ];
  if (coupon) {
    totals.push(couponLine(view.locale, coupon, amounts.discount, amounts.applies, money, words));
    totals.push(
      `<p class="text-lg">${escapeHtml(tc('total'))}: <strong>${escapeHtml(money(amounts.total))}</strong></p>`,
    );
  }
  totals.push(couponForm(view, words));
  totals.push(
    lines.some((line) => !line.available)
      ? `<p class="text-sm text-red-800">${escapeHtml(t('cannotCheckout'))}</p>`
      : `<a href="/${locale}/checkout" class="rounded bg-brand-700 px-6 py-3 font-medium text-white hover:bg-brand-800">${escapeHtml(t('checkout'))}</a>`,
  );
  totals.push(
    `<form action="${cartPostPath(locale, 'clear')}" method="post">` +
      `<button type="submit" class="text-sm text-stone-700 underline hover:text-stone-900">${escapeHtml(t('clear'))}</button></form>`,
  );
  return (
    `<div class="flex flex-col gap-6">` +
    `<p role="status" class="min-h-6 text-sm font-medium text-brand-800">${escapeHtml(view.notice ?? '')}</p>` +
    `<ul class="flex flex-col divide-y divide-stone-200 border-y border-stone-200">${rows}</ul>` +
    `<div class="flex flex-col items-end gap-3">${totals.join('')}</div></div>`
  );
}

function cartRow(
  view: CartPageView,
  line: PricedLine,
  money: (amount: string) => string,
  { t }: Words,
): string {
  const { locale } = view;
  const id = line.productId;
  const name = escapeHtml(line.name);
  const error = view.refused?.productId === id ? view.refused : undefined;
  const quantityId = `quantity-${id}`;
  const errorId = `quantity-error-${id}`;
  const image = lineImage(line.image);
  const notes: string[] = [];
  if (line.priceChanged || line.repricedFrom !== undefined)
    notes.push(
      `<p class="text-sm text-amber-800">${escapeHtml(
        line.repricedFrom === undefined
          ? t('priceChanged', { price: money(line.currentPrice), cartPrice: money(line.price) })
          : t('priceRepriced', {
              price: money(line.price),
              cartPrice: money(line.repricedFrom),
              hours: view.holdHours,
            }),
      )}</p>`,
    );
  if (!line.available)
    notes.push(`<p class="text-sm font-medium text-red-800">${escapeHtml(t('unavailable'))}</p>`);
  const invalid = error?.field === 'quantity';
  const quantity = escapeHtml(error?.quantity ?? String(line.quantity));
  return (
    `<li class="grid grid-cols-[4rem_1fr] gap-x-4 gap-y-2 py-4 sm:grid-cols-[5rem_1fr_auto]">` +
    `<img alt="" width="80" height="80" decoding="async" loading="lazy" class="row-span-2 aspect-square w-16 rounded object-cover sm:w-20" style="color:transparent" srcset="${escapeHtml(image.srcSet)}" src="${escapeHtml(image.src)}">` +
    `<div class="flex flex-col gap-1">` +
    `<a href="/${locale}/products/${encodeURIComponent(line.slug)}" class="font-medium underline">${name}</a>` +
    `<p class="text-sm text-stone-700">${escapeHtml(t('unitPrice'))}: ${escapeHtml(money(line.price))}</p>` +
    `${notes.join('')}</div>` +
    `<div class="col-start-2 flex flex-wrap items-start gap-3 sm:col-start-3 sm:row-start-1 sm:flex-col sm:items-end">` +
    `<form action="${cartPostPath(locale, 'update')}" method="post" novalidate class="flex items-end gap-2">` +
    `<input type="hidden" name="productId" value="${id}">` +
    `<div class="flex flex-col gap-1"><label for="${quantityId}" class="text-xs">${escapeHtml(t('quantity'))}<span class="sr-only"> — ${name}</span></label>` +
    `<input id="${quantityId}" name="quantity" type="number" inputmode="numeric" min="0" max="${view.maxQuantity}" step="1" required value="${quantity}"` +
    `${invalid ? ' aria-invalid="true"' : ''}${error ? ` aria-describedby="${errorId}"` : ''} class="w-20 px-2 py-1 rounded border border-stone-400 aria-invalid:border-red-700"></div>` +
    `<button type="submit" aria-label="${escapeHtml(t('updateOf', { name: line.name }))}" class="rounded border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50">${escapeHtml(t('update'))}</button></form>` +
    `<form action="${cartPostPath(locale, 'remove')}" method="post">` +
    `<input type="hidden" name="productId" value="${id}">` +
    `<button type="submit" aria-label="${escapeHtml(t('removeOf', { name: line.name }))}" class="text-sm text-red-800 underline">${escapeHtml(t('remove'))}</button></form>` +
    `<p class="text-sm">${escapeHtml(t('total'))}: <strong>${escapeHtml(money(line.total))}</strong></p></div>` +
    (error
      ? `<p id="${errorId}" role="alert" class="col-span-full text-sm font-medium text-red-800">${escapeHtml(error.message)}</p>`
      : '') +
    `</li>`
  );
}

/** The discount line under the subtotal: the code, what it takes off, and a way to remove it. */
function couponLine(
  locale: Locale,
  coupon: CartCoupon,
  discount: string,
  applies: boolean,
  money: (amount: string) => string,
  { tc }: Words,
): string {
  const what =
    coupon.discount.kind === 'percent'
      ? tc('percentOff', { percent: coupon.discount.percent })
      : tc('amountOff', { amount: money(coupon.discount.amount) });
  const reason =
    coupon.problem && coupon.problem !== 'COUPON_BELOW_MINIMUM'
      ? tc(`errors.${coupon.problem}`)
      : tc('errors.COUPON_BELOW_MINIMUM', {
          min: money(coupon.minSubtotal ?? '0'),
        });
  const shown = applies
    ? `<p>${escapeHtml(tc('line', { code: coupon.code }))} (${escapeHtml(what)}): <strong>−${escapeHtml(money(discount))}</strong></p>`
    : `<p class="text-amber-900">${escapeHtml(tc('notApplied', { code: coupon.code, reason }))}</p>`;
  return (
    `<div class="flex flex-wrap items-baseline justify-end gap-x-3 gap-y-1 text-right">${shown}` +
    `<form action="${cartPostPath(locale, 'uncoupon')}" method="post">` +
    `<button type="submit" aria-label="${escapeHtml(tc('removeOf', { code: coupon.code }))}" class="text-sm text-red-800 underline">${escapeHtml(tc('remove'))}</button></form></div>`
  );
}

/** "Coupon code" and Apply; after a refusal, the code as typed and why, next to the field. */
function couponForm(view: CartPageView, { tc }: Words): string {
  const error = view.couponError;
  return (
    `<form action="${cartPostPath(view.locale, 'coupon')}" method="post" novalidate class="flex flex-col items-end gap-1">` +
    `<div class="flex items-end gap-2"><div class="flex flex-col gap-1">` +
    `<label for="coupon-code" class="text-sm font-medium">${escapeHtml(tc('label'))}</label>` +
    `<input id="coupon-code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="200" value="${escapeHtml(error?.code ?? '')}"` +
    `${error ? ' aria-invalid="true" aria-describedby="coupon-error"' : ''} class="w-40 rounded border border-stone-400 px-2 py-1 uppercase aria-invalid:border-red-700"></div>` +
    `<button type="submit" class="rounded border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50">${escapeHtml(tc('apply'))}</button></div>` +
    (error
      ? `<p id="coupon-error" role="alert" class="text-sm font-medium text-red-800">${escapeHtml(error.message)}</p>`
      : '') +
    `</form>`
  );
}

/** "You may also like": the same cards as the catalog's (ProductCardLink), nothing when none. */
function recommendations(view: CartPageView): string {
  if (view.recommendations.length === 0) return '';
  const title = createTranslator({
    locale: view.locale,
    messages: MESSAGES[view.locale],
    namespace: 'Recommendations',
  })('youMayAlsoLike');
  const cards = view.recommendations
    .map((product) => {
      const image = cardImage(product.image);
      const name = escapeHtml(product.name);
      return (
        `<li><a class="group block rounded-lg border border-stone-200 p-2 hover:border-brand-600" href="/${view.locale}/products/${encodeURIComponent(product.slug)}">` +
        `<img alt="${name}" loading="lazy" width="320" height="320" decoding="async" class="aspect-square w-full rounded object-cover" style="color:transparent" sizes="${image.sizes}" srcset="${escapeHtml(image.srcSet)}" src="${escapeHtml(image.src)}">` +
        `<h3 class="mt-2 text-sm font-medium group-hover:underline">${name}</h3>` +
        `<p class="mt-1 text-sm"><span class="font-semibold">${escapeHtml(view.cardPrice(product.priceMinor))}</span></p></a></li>`
      );
    })
    .join('');
  return (
    `<section aria-labelledby="you-may-also-like" class="mt-6 flex flex-col gap-4 md:col-span-2">` +
    `<h2 id="you-may-also-like" class="text-xl font-bold">${escapeHtml(title)}</h2>` +
    `<ul class="grid grid-cols-2 gap-4 sm:grid-cols-4">${cards}</ul></section>`
  );
}
