// The load of npm run bench:pages, the same for the shop and for the limit.
import autocannon from 'autocannon';

import { percentile } from './report';
import type { Target } from './targets';

/**
 * One continuous autocannon run: warm-up, then the measured window on the same live connections
 * (a separate warm-up run would leave the server busy with requests it abandoned). Counted here
 * rather than from autocannon's result, whose latencies include 2xx responses only: the form
 * post answers 303.
 */
export async function measure(
  base: string,
  target: Target,
  settings: { connections: number; warmupS: number; durationS: number },
) {
  const latencies: number[] = [];
  let good = 0;
  let errors = 0;
  let measuring = false;
  let windowStart = 0;
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    instance = autocannon(
      {
        url: base + target.path,
        method: target.method,
        headers: target.headers,
        body: target.body,
        connections: settings.connections,
        pipelining: 1,
        duration: settings.warmupS + settings.durationS,
        timeout: 10,
      },
      (error: unknown) => (error ? reject(error) : resolve()),
    );
  });
  const startWindow = setTimeout(() => {
    measuring = true;
    windowStart = performance.now();
  }, settings.warmupS * 1000);
  instance?.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (!measuring) return;
    latencies.push(responseTime);
    if (statusCode >= 200 && statusCode < 400) good += 1;
    else errors += 1;
  });
  // Connection errors and timeouts.
  instance?.on('reqError', () => {
    if (measuring) errors += 1;
  });
  await finished.finally(() => clearTimeout(startWindow));
  const seconds = measuring ? (performance.now() - windowStart) / 1000 : 0;
  latencies.sort((a, b) => a - b);
  return {
    reqPerSec: seconds > 0 ? good / seconds : 0,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    errors,
  };
}
