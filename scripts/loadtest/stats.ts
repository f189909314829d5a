// The figures npm run loadtest prints per step: requests per second, p50/p99 latency, errors.
// Pure, so that the arithmetic is unit-tested (stats.test.ts).

export type Sample = { step: string; ms: number; ok: boolean };

export type StepFigures = {
  step: string;
  requests: number;
  errors: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
};

/** The nearest-rank percentile of sorted values (q from 0 to 1); 0 for none. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

/** One row per step, in the order the steps were first seen; latencies of every answer. */
export function summarize(samples: readonly Sample[], seconds: number): StepFigures[] {
  const byStep = new Map<string, { latencies: number[]; errors: number }>();
  for (const sample of samples) {
    const entry = byStep.get(sample.step) ?? { latencies: [], errors: 0 };
    entry.latencies.push(sample.ms);
    if (!sample.ok) entry.errors += 1;
    byStep.set(sample.step, entry);
  }
  return [...byStep].map(([step, { latencies, errors }]) => {
    latencies.sort((a, b) => a - b);
    return {
      step,
      requests: latencies.length,
      errors,
      reqPerSec: seconds > 0 ? (latencies.length - errors) / seconds : 0,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
    };
  });
}

/**
 * The rows with each step's styles side by side ("add to cart (form)", then "add to cart (js)"),
 * steps in the order first seen; a step without a style in brackets stays where it is.
 */
export function pairStyles(rows: readonly StepFigures[]): StepFigures[] {
  const base = (step: string) => step.replace(/ \((?:form|js)\)$/, '');
  const order = [...new Set(rows.map((row) => base(row.step)))];
  return [...rows].sort(
    (a, b) =>
      order.indexOf(base(a.step)) - order.indexOf(base(b.step)) ||
      (a.step < b.step ? -1 : a.step > b.step ? 1 : 0),
  );
}

/** A fixed-width table of the rows and their total. */
export function formatSteps(rows: readonly StepFigures[], seconds: number): string {
  const all = rows.reduce(
    (sum, row) => ({ requests: sum.requests + row.requests, errors: sum.errors + row.errors }),
    { requests: 0, errors: 0 },
  );
  const width = Math.max(5, ...rows.map((row) => row.step.length));
  const line = (cells: string[]) =>
    [cells[0]?.padEnd(width), ...cells.slice(1).map((cell) => cell.padStart(9))].join('  ');
  return [
    line(['step', 'requests', 'ok req/s', 'p50 ms', 'p99 ms', 'errors']),
    ...rows.map((row) =>
      line([
        row.step,
        String(row.requests),
        row.reqPerSec.toFixed(1),
        row.p50Ms.toFixed(0),
        row.p99Ms.toFixed(0),
        String(row.errors),
      ]),
    ),
    line([
      'all',
      String(all.requests),
      (seconds > 0 ? (all.requests - all.errors) / seconds : 0).toFixed(1),
      '',
      '',
      String(all.errors),
    ]),
  ].join('\n');
}
