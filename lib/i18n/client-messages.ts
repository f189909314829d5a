/**
 * The messages the browser gets. NextIntlClientProvider serialises its messages into every page's
 * RSC payload, so client components get only the keys they translate; server components read the
 * whole catalogue on the server. The chrome's keys go to every page (site-chrome.tsx); a section's
 * keys go to the pages under app/[locale]/<section>/, whose layout renders <ClientMessages>.
 * client-messages.test.ts scans the 'use client' files and fails when one uses a key not listed.
 */

/** The header's cart link and language switcher, and error.tsx, on every page. */
export const chromeMessages = [
  'Layout.cart',
  'Layout.cartLabel',
  'Layout.language',
  'Layout.languageNames',
  'Error',
] as const;

/** Keyed by the folder under app/[locale]/ whose layout.tsx provides them to the pages below it. */
export const sectionMessages = {
  products: [
    'AddToCart.quantity',
    'AddToCart.add',
    'AddToCart.adding',
    'AddToCart.inCart',
    'AddToCart.override',
  ],
  checkout: [
    'Checkout.fields',
    'Checkout.errors',
    'Checkout.formErrors',
    'Checkout.totalTooHigh',
    'Checkout.tooMany',
    'Checkout.place',
    'Checkout.placing',
  ],
  account: [
    'Account.fields',
    'Account.errors',
    'Account.formErrors',
    'Account.passwordHint',
    'Account.rememberHint',
    'Account.invalidCredentials',
    'Account.locked',
    'Account.tooMany',
    'Account.checkMail',
    'Account.logIn',
    'Account.loggingIn',
    'Account.register',
    'Account.registering',
    'Account.changePassword',
    'Account.changingPassword',
  ],
  'orders/[id]/pay': [
    'Payment.cardDetails',
    'Payment.fields',
    'Payment.errors',
    'Payment.formErrors',
    'Payment.declined',
    'Payment.startFailed',
    'Payment.pay',
    'Payment.paying',
  ],
  admin: [
    'Admin.nav',
    'Admin.productForm',
    // category-form.tsx translates `categories.${field}` for its name and slug fields.
    'Admin.categories',
    'Admin.coupons.form',
  ],
} as const satisfies Record<string, readonly string[]>;

export type Section = keyof typeof sectionMessages;

export type MessageTree = { [key: string]: string | MessageTree };

/** The subtree of `messages` holding only `paths` ("Cart" or "Cart.total"); missing paths are skipped. */
export function pickMessages(messages: MessageTree, paths: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  for (const path of paths) {
    const parts = path.split('.');
    let from: MessageTree | string | undefined = messages;
    for (const part of parts) from = typeof from === 'object' ? from[part] : undefined;
    if (from === undefined) continue;
    let to = picked;
    for (const part of parts.slice(0, -1)) {
      const next: MessageTree | string = (to[part] ??= {});
      if (typeof next === 'string') break;
      to = next;
    }
    to[parts[parts.length - 1]!] = from;
  }
  return picked;
}
