import path from 'node:path';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

import { asyncServerFunctions } from '../../eslint-rules/await-data-layer.mjs';

// The rules of the imports (docs/architecture.md) as eslint.config.mjs enforces them: each breach
// below is an error, so `npm run lint` fails on it; each allowed import is not reported. The code is
// linted in memory under a made-up file name in the folder it would live in.
const root = path.resolve(import.meta.dirname, '../..');
const boundaryRules = new Set([
  'import/no-restricted-paths',
  'no-restricted-imports',
  'shop/no-server-in-client',
  'no-restricted-syntax',
]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The boundary errors ESLint reports for `code` as the file `file` (relative to the root). */
async function breaches(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  const fatal = result?.messages.filter((message) => message.fatal) ?? [];
  expect(fatal, 'the probe parses').toEqual([]);
  return (result?.messages ?? [])
    .filter((message) => message.ruleId && boundaryRules.has(message.ruleId))
    .map((message) => {
      expect(message.severity, `${message.ruleId} is an error, not a warning`).toBe(2);
      return message.ruleId ?? '';
    });
}

/** One import statement that uses what it imports, so only the boundary rules have a say. */
function importing(source: string): string {
  return `import * as probe from '${source}';\n\nexport const used = probe;\n`;
}

const cases: { file: string; forbidden: [string, string][]; allowed: string[] }[] = [
  {
    file: 'lib/domain/boundary-probe.ts',
    forbidden: [
      ['@/lib/server/database', 'import/no-restricted-paths'],
      ['../server/shop', 'import/no-restricted-paths'],
      ['../../db/schema', 'import/no-restricted-paths'],
      ['next/navigation', 'no-restricted-imports'],
      ['react', 'no-restricted-imports'],
      ['drizzle-orm', 'no-restricted-imports'],
      ['better-sqlite3', 'no-restricted-imports'],
      ['iron-session', 'no-restricted-imports'],
      ['server-only', 'no-restricted-imports'],
    ],
    allowed: ['decimal.js', './money'],
  },
  {
    file: 'lib/server/boundary-probe.ts',
    forbidden: [
      ['@/app/[locale]/admin/coupons/_components/coupon-summary', 'import/no-restricted-paths'],
    ],
    allowed: ['../../db/schema', '@/lib/domain/money', 'drizzle-orm', './shop'],
  },
  {
    file: 'app/[locale]/boundary-probe.ts',
    forbidden: [
      ['@/db/schema', 'import/no-restricted-paths'],
      ['../../db/connection', 'import/no-restricted-paths'],
      ['drizzle-orm', 'no-restricted-imports'],
      ['better-sqlite3', 'no-restricted-imports'],
    ],
    allowed: ['@/lib/server/shop', '@/lib/i18n/locales', 'next/navigation'],
  },
  {
    file: 'db/boundary-probe.ts',
    forbidden: [
      ['../lib/domain/money', 'import/no-restricted-paths'],
      ['../lib/validation/env', 'import/no-restricted-paths'],
      ['@/lib/i18n/locales', 'import/no-restricted-paths'],
    ],
    allowed: ['./connection', './locales', 'drizzle-orm'],
  },
  {
    file: 'lib/server/jobs/boundary-probe.ts',
    forbidden: [['../mail/transport', 'import/no-restricted-paths']],
    allowed: ['./queue', '../database'],
  },
];

describe('the import boundaries in eslint.config.mjs', { timeout: 60_000 }, () => {
  for (const { file, forbidden, allowed } of cases) {
    describe(path.dirname(file), () => {
      for (const [source, rule] of forbidden) {
        it(`reports an import of ${source} (${rule})`, async () => {
          expect(await breaches(file, importing(source))).toEqual([rule]);
        });
      }
      it(`lets it import ${allowed.join(', ')}`, async () => {
        for (const source of allowed) {
          expect(await breaches(file, importing(source)), source).toEqual([]);
        }
      });
    });
  }

  // No raw SQL in e2e specs: it lives in named helpers (e2e/*-fixtures.ts), which may query.
  describe('an e2e spec', () => {
    const rawSql =
      "export function count(db: { prepare(sql: string): { get(): unknown } }) {\n  return db.prepare('select count(*) from orders').get();\n}\n";

    it('reports a .prepare( call (no-restricted-syntax)', async () => {
      expect(await breaches('e2e/boundary-probe.spec.ts', rawSql)).toEqual([
        'no-restricted-syntax',
      ]);
    });

    for (const source of ['better-sqlite3', 'drizzle-orm']) {
      it(`reports an import of ${source} (no-restricted-imports)`, async () => {
        expect(await breaches('e2e/boundary-probe.spec.ts', importing(source))).toEqual([
          'no-restricted-imports',
        ]);
      });
    }

    it('lets it import the fixtures, and lets a fixtures file query', async () => {
      for (const source of ['./fixtures', './order-fixtures', '@playwright/test']) {
        expect(await breaches('e2e/boundary-probe.spec.ts', importing(source)), source).toEqual([]);
      }
      expect(await breaches('e2e/boundary-probe-fixtures.ts', rawSql)).toEqual([]);
      expect(await breaches('e2e/boundary-probe-fixtures.ts', importing('drizzle-orm'))).toEqual(
        [],
      );
    });
  });

  describe("a 'use client' file", () => {
    const file = 'app/[locale]/_components/boundary-probe.tsx';
    const client = (source: string) => `'use client';\n\n${importing(source)}`;

    for (const source of [
      '@/lib/server/shop',
      '../../../lib/server/database',
      '@/db/schema',
      'server-only',
      'drizzle-orm',
      'iron-session',
    ]) {
      it(`reports an import of ${source}`, async () => {
        const found = await breaches(file, client(source));
        expect(found).toContain('shop/no-server-in-client');
      });
    }

    it('reports a server module re-exported or imported lazily', async () => {
      expect(
        await breaches(
          file,
          `'use client';\n\nexport { shopCurrency } from '@/lib/server/shop';\n`,
        ),
      ).toEqual(['shop/no-server-in-client']);
      expect(
        await breaches(
          file,
          `'use client';\n\nexport const load = () => import('@/lib/server/shop');\n`,
        ),
      ).toEqual(['shop/no-server-in-client']);
    });

    it('lets it import the domain, i18n and framework client code', async () => {
      for (const source of ['@/lib/domain/money', '@/lib/i18n/navigation', 'react']) {
        expect(await breaches(file, client(source)), source).toEqual([]);
      }
    });

    it('leaves a server component in the same folder free to import lib/server', async () => {
      expect(await breaches(file, importing('@/lib/server/shop'))).toEqual([]);
    });
  });
});

/** The lines where data/await-data-layer reports `code` as the file `file`. */
async function unawaited(file: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  expect(result?.messages.filter((message) => message.fatal) ?? [], 'the probe parses').toEqual([]);
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'data/await-data-layer')
    .map((message) => {
      expect(message.severity, 'an error, not a warning').toBe(2);
      return message.line;
    });
}

// lib/server's async functions are awaited where they are called (docs/decisions/0008): a call
// left unawaited fails `npm run lint`. Here, to share ESLint's start-up with the rules above.

describe('the names data/await-data-layer knows', () => {
  it('are the async functions lib/server exports, database ones included', () => {
    const names = asyncServerFunctions();
    for (const name of ['priceCart', 'placeOrder', 'listAdminProducts', 'checkedSession'])
      expect(names, name).toContain(name);
    // A cached async read (export const readSession = cache(async ...)).
    expect(names).toContain('readSession');
    // Synchronous helpers are left alone.
    expect(names).not.toContain('cartFromSession');
  });
});

describe('a call to an async lib/server function', { timeout: 60_000 }, () => {
  const action = 'app/[locale]/await-probe/actions.ts';

  it('is reported when it floats, is tested as a value, or is read as one', async () => {
    const code = [
      "import { deleteProduct, setProductAvailability } from '@/lib/server/admin/products';",
      "import { priceCart as price } from '../../../lib/server/cart';",
      'export async function probe(id: number) {',
      '  deleteProduct(id);',
      '  if (setProductAvailability(id, true)) return `${price({ lines: [] }, "en")}`;',
      '  const pending = deleteProduct(id);',
      '  return pending;',
      '}',
    ].join('\n');
    expect(await unawaited(action, code)).toEqual([4, 5, 5, 6]);
  });

  it('is not reported when awaited, returned, combined, passed on or voided', async () => {
    const code = [
      "import { deleteProduct, listAdminProducts } from '@/lib/server/admin/products';",
      "import { cartFromSession } from '@/lib/server/cart';",
      'export async function probe(id: number) {',
      '  await deleteProduct(id);',
      "  const [rows] = await Promise.all([listAdminProducts('en'), deleteProduct(id)]);",
      "  const ok = id > 0 ? await deleteProduct(id) : (await listAdminProducts('en')).length > 0;",
      '  void deleteProduct(id);',
      '  deleteProduct(id).catch(() => undefined);',
      '  cartFromSession({ cart: [] });',
      '  const later = () => deleteProduct(id);',
      '  console.log(rows, ok, later);',
      '  return deleteProduct(id);',
      '}',
    ].join('\n');
    expect(await unawaited(action, code)).toEqual([]);
  });

  it('is reported in lib/server for its own functions, in scripts for late imports', async () => {
    const server = [
      "import 'server-only';",
      'export async function first(): Promise<number> {',
      '  second();',
      '  return 1;',
      '}',
      'export async function second(): Promise<void> {}',
    ].join('\n');
    expect(await unawaited('lib/server/await-probe.ts', server)).toEqual([3]);
    const script = [
      "const { placeOrder } = await import('../lib/server/checkout');",
      'placeOrder({ cart: [] }, {} as never, "en");',
    ].join('\n');
    expect(await unawaited('scripts/await-probe.ts', script)).toEqual([2]);
  });

  it('is left alone when the function comes from elsewhere', async () => {
    const code = [
      "import { placeOrder } from './fixtures';",
      'export function probe() {',
      '  placeOrder();',
      '}',
    ].join('\n');
    expect(await unawaited('app/[locale]/await-probe/page.tsx', code)).toEqual([]);
  });
});
