import { getTranslations } from 'next-intl/server';

import type { Locale } from '@/lib/i18n/locales';
import { getPathname, Link } from '@/lib/i18n/navigation';
import type { listOrders } from '@/lib/server/admin/orders';
import { formatPrice, moneyFromMinor } from '@/lib/server/shop';
import { dateFormat } from '@/lib/domain/date-format';

type Row = Awaited<ReturnType<typeof listOrders>>['rows'][number];

/**
 * The list is one form: its checkboxes post the chosen order ids to the CSV export (a route
 * handler that answers with a file), so exporting works without JavaScript.
 */
export async function OrdersTable({
  rows,
  locale,
  back,
}: {
  rows: Row[];
  locale: Locale;
  back: string;
}) {
  const t = await getTranslations('Admin.orders');
  const date = dateFormat(locale, 'adminDateTime');
  const cell = 'px-2 py-2';
  const wide = `${cell} hidden md:table-cell`;
  return (
    <form
      method="post"
      action={getPathname({ href: '/admin/orders/export', locale })}
      className="flex flex-col gap-3"
    >
      <input type="hidden" name="back" value={back} />
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className={cell}>
              <span className="sr-only">{t('columns.select')}</span>
            </th>
            <th scope="col" className={cell}>
              {t('columns.id')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.customer')}
            </th>
            <th scope="col" className={wide}>
              {t('columns.email')}
            </th>
            <th scope="col" className={wide}>
              {t('columns.city')}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t('columns.total')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.paid')}
            </th>
            <th scope="col" className={`${cell} hidden sm:table-cell`}>
              {t('columns.created')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-200 align-top">
              <td className={cell}>
                <input
                  type="checkbox"
                  name="ids"
                  value={row.id}
                  aria-label={t('selectOrder', { id: row.id })}
                  className="size-5"
                />
              </td>
              <td className={cell}>
                <Link href={`/admin/orders/${row.id}`} className="text-brand-700 underline">
                  {row.id}
                </Link>
              </td>
              <td className={`${cell} wrap-anywhere`}>
                {row.firstName} {row.lastName}
                <span className="block wrap-anywhere text-stone-700 md:hidden">{row.email}</span>
              </td>
              <td className={`${wide} break-all`}>{row.email}</td>
              <td className={wide}>{row.city}</td>
              <td className={`${cell} text-right whitespace-nowrap`}>
                {formatPrice(moneyFromMinor(row.totalMinor), locale)}
              </td>
              <td className={cell}>{row.paid ? t('yes') : t('no')}</td>
              <td className={`${cell} hidden sm:table-cell`}>{date.format(row.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="submit"
        className="self-start rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
      >
        {t('export')}
      </button>
    </form>
  );
}
