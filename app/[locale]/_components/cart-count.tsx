'use client';

import { useTranslations } from 'next-intl';
import { createContext, use, useOptimistic, type ReactNode } from 'react';

import { Link } from '@/lib/i18n/navigation';

type CartCount = { count: number; adjust: (delta: number) => void };

const CartCountContext = createContext<CartCount>({ count: 0, adjust: () => {} });

/** The header's cart count, from the server, with optimistic changes while an action runs. */
export function CartCountProvider({ count, children }: { count: number; children: ReactNode }) {
  const [optimistic, adjust] = useOptimistic(count, (current: number, delta: number) =>
    Math.max(0, current + delta),
  );
  return <CartCountContext value={{ count: optimistic, adjust }}>{children}</CartCountContext>;
}

export function useCartCount(): CartCount {
  return use(CartCountContext);
}

export function CartLink() {
  const { count } = useCartCount();
  const t = useTranslations('Layout');
  // Named by its words ("Cart, 2 items"), which begin with the word on screen, so that a
  // voice-control user who says "click Cart" reaches it (WCAG 2.5.3, label in name). No aria-label:
  // that would hide the visible text from the name.
  return (
    <Link
      href="/cart"
      className="inline-flex items-center gap-2 rounded-full bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800"
    >
      <span className="sr-only">{t('cartLabel', { count })}</span>
      <span aria-hidden="true">{t('cart')}</span>
      <span
        aria-hidden="true"
        className="min-w-6 rounded-full bg-white px-1.5 text-center text-brand-800"
      >
        {count}
      </span>
    </Link>
  );
}
