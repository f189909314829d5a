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
  return (
    <Link
      href="/cart"
      aria-label={t('cartLabel', { count })}
      className="inline-flex items-center gap-2 rounded-full bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800"
    >
      {t('cart')}
      <span
        aria-hidden="true"
        className="min-w-6 rounded-full bg-white px-1.5 text-center text-brand-800"
      >
        {count}
      </span>
    </Link>
  );
}
