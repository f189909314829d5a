import { getTranslations } from 'next-intl/server';

import { pageLinks } from '@/lib/domain/paging';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';

const linkClass =
  'block min-w-10 rounded border border-stone-300 px-3 py-2 text-center text-sm hover:border-brand-600 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white';

/**
 * Previous, numbered and next page links: plain links, so paging works without JavaScript. Not
 * prefetched: each prefetch of a page would be a server render of its own.
 */
export async function Pagination({
  locale,
  pathname,
  page,
  pageCount,
}: {
  locale: Locale;
  /** The list's address without the language, e.g. "/category/tea". */
  pathname: string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Catalog' });
  // Page 1 has the bare address: one address per page, for the page cache and search engines.
  const href = (target: number) =>
    target === 1 ? pathname : { pathname, query: { page: String(target) } };
  return (
    <nav aria-label={t('pages')}>
      <ul className="flex flex-wrap items-center justify-center gap-1">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" prefetch={false} className={linkClass}>
              {t('previousPage')}
            </Link>
          </li>
        )}
        {pageLinks(page, pageCount).map((link) =>
          link.kind === 'gap' ? (
            <li key={link.key} aria-hidden="true" className="px-1 text-stone-600">
              …
            </li>
          ) : (
            <li key={link.page}>
              <Link
                href={href(link.page)}
                prefetch={false}
                aria-label={t('pageNumber', { page: link.page })}
                aria-current={link.page === page ? 'page' : undefined}
                className={linkClass}
              >
                {link.page}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" prefetch={false} className={linkClass}>
              {t('nextPage')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
