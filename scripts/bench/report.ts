// The figures of npm run bench:pages as a Markdown table, ready to paste into README or an issue.

export type PageResult = {
  target: string;
  /** Responses per second over the measured run. */
  reqPerSec: number;
  /** NaN when no response came back within the measured window. */
  p50Ms: number;
  p99Ms: number;
  /** Responses outside 2xx/3xx, plus connection errors and timeouts. req/s counts the others. */
  errors: number;
  /** Body bytes of one response, as fetched before the run. */
  bytes: number;
  /** The same run against a bare node:http server answering with the same bytes. */
  limitReqPerSec: number;
};

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** The nearest-rank percentile (q between 0 and 1) of sorted values; NaN for none. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** A decimal where it carries information: 3.2 ms, 480 ms. */
export function milliseconds(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms < 100 ? oneDecimal.format(ms) : integer.format(ms);
}

/** req/s ÷ the limit's req/s; undefined when the limit measured nothing. */
export function fractionOfLimit(result: Pick<PageResult, 'reqPerSec' | 'limitReqPerSec'>) {
  return result.limitReqPerSec > 0 ? result.reqPerSec / result.limitReqPerSec : undefined;
}

export function formatPercent(fraction: number | undefined): string {
  if (fraction === undefined) return 'n/a';
  // Shop pages run at a few per cent of the limit: keep one decimal there.
  return `${fraction < 0.1 ? oneDecimal.format(fraction * 100) : integer.format(fraction * 100)} %`;
}

const COLUMNS: { title: string; right: boolean; cell: (row: PageResult) => string }[] = [
  { title: 'target', right: false, cell: (row) => row.target },
  { title: 'req/s', right: true, cell: (row) => integer.format(row.reqPerSec) },
  { title: 'p50 ms', right: true, cell: (row) => milliseconds(row.p50Ms) },
  { title: 'p99 ms', right: true, cell: (row) => milliseconds(row.p99Ms) },
  { title: 'errors', right: true, cell: (row) => integer.format(row.errors) },
  { title: 'bytes', right: true, cell: (row) => integer.format(row.bytes) },
  { title: 'limit req/s', right: true, cell: (row) => integer.format(row.limitReqPerSec) },
  { title: 'of limit', right: true, cell: (row) => formatPercent(fractionOfLimit(row)) },
];

/** A Markdown table, columns padded so that it also reads well in a terminal. */
export function formatTable(rows: readonly PageResult[]): string {
  const cells = rows.map((row) => COLUMNS.map((column) => column.cell(row)));
  const widths = COLUMNS.map((column, index) =>
    Math.max(column.title.length, 3, ...cells.map((line) => line[index]?.length ?? 0)),
  );
  const pad = (text: string, index: number) => {
    const width = widths[index] ?? 0;
    return COLUMNS[index]?.right ? text.padStart(width) : text.padEnd(width);
  };
  const line = (values: string[]) => `| ${values.map(pad).join(' | ')} |`;
  const rule = `|${widths
    .map((width, index) => `${'-'.repeat(width + 1)}${COLUMNS[index]?.right ? ':' : '-'}`)
    .join('|')}|`;
  return [line(COLUMNS.map((column) => column.title)), rule, ...cells.map(line)].join('\n');
}

/** Issue "Speed": a list page of 24 products, HTML and inline RSC payload, well under 60 KB. */
export const LIST_PAGE_BYTES_BUDGET = 60_000;

/** The catalog and category pages of a run larger than the budget, as lines to print. */
export function listPagesOverBudget(results: readonly PageResult[]): string[] {
  return results
    .filter((row) => /^(catalog|category) /.test(row.target))
    .filter((row) => row.bytes > LIST_PAGE_BYTES_BUDGET)
    .map(
      (row) =>
        `${row.target}: ${integer.format(row.bytes)} bytes, over the list pages' budget of ` +
        `${integer.format(LIST_PAGE_BYTES_BUDGET)}`,
    );
}
