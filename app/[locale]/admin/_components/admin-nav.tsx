'use client';

import { useTranslations } from 'next-intl';

import { Link, usePathname } from '@/lib/i18n/navigation';

const SECTIONS = ['orders', 'products', 'categories', 'coupons', 'jobs'] as const;

export function AdminNav() {
  const t = useTranslations('Admin.nav');
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')} className="border-b border-stone-200 pb-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {SECTIONS.map((section) => {
          const href = `/admin/${section}`;
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={section}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className="font-medium text-brand-700 underline-offset-4 hover:underline aria-[current=page]:text-stone-900 aria-[current=page]:underline"
              >
                {t(section)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
