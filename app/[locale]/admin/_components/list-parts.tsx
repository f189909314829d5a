import type { ReactNode } from 'react';

import { Link } from '@/lib/i18n/navigation';

/** The text of a list's search box from its query, trimmed and at most 100 characters. */
export function searchText(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value.trim().slice(0, 100) : '';
}

/** A list page's heading, with the link that makes a new item of the list. */
export function ListTitle({
  title,
  newHref,
  newLabel,
}: {
  title: string;
  newHref: string;
  newLabel: string;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      <Link
        href={newHref}
        className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {newLabel}
      </Link>
    </div>
  );
}

/** What the last action did (saved, deleted, retried), announced to screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded border border-brand-300 bg-brand-50 p-3 text-sm">
      {children}
    </p>
  );
}

/**
 * A list's search form, sent as a GET so that the result has an address: the search box, any
 * further filters, the button, then whatever follows it (a link that resets the filters).
 */
export function SearchForm({
  id,
  label,
  q,
  button,
  filters,
  children,
}: {
  id: string;
  label: string;
  q: string;
  button: string;
  filters?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <form method="get" role="search" className="flex flex-wrap items-end gap-3">
      <div className="flex w-full flex-col gap-1 sm:w-72">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={q}
          className="rounded border border-stone-400 px-3 py-2"
        />
      </div>
      {filters}
      <button
        type="submit"
        className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800"
      >
        {button}
      </button>
      {children}
    </form>
  );
}
