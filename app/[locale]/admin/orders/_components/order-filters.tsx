import { getTranslations } from 'next-intl/server';

import { Link } from '@/lib/i18n/navigation';
import type { OrderFilters } from '@/lib/validation/admin-filters';

const field = 'rounded border border-stone-400 px-3 py-2';

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked. */
export async function OrderFiltersForm({ filters }: { filters: OrderFilters }) {
  const t = await getTranslations('Admin.orders');
  return (
    <form
      method="get"
      role="search"
      aria-label={t('filters')}
      className="flex flex-wrap items-end gap-3"
    >
      <div className="flex w-full flex-col gap-1 sm:w-64">
        <label htmlFor="orders-q" className="text-sm font-medium">
          {t('search')}
        </label>
        <input
          id="orders-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ''}
          className={field}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="orders-paid" className="text-sm font-medium">
          {t('paid')}
        </label>
        <select id="orders-paid" name="paid" defaultValue={filters.paid ?? ''} className={field}>
          <option value="">{t('paidAny')}</option>
          <option value="yes">{t('paidYes')}</option>
          <option value="no">{t('paidNo')}</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="orders-from" className="text-sm font-medium">
          {t('from')}
        </label>
        <input
          id="orders-from"
          name="from"
          type="date"
          defaultValue={filters.from ?? ''}
          className={field}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="orders-to" className="text-sm font-medium">
          {t('to')}
        </label>
        <input
          id="orders-to"
          name="to"
          type="date"
          defaultValue={filters.to ?? ''}
          className={field}
        />
      </div>
      <button
        type="submit"
        className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {t('apply')}
      </button>
      <Link href="/admin/orders" className="py-2 text-brand-700 underline">
        {t('reset')}
      </Link>
    </form>
  );
}
