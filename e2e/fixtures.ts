import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';

import { seedCategories, seedProducts } from '../db/seed-data';

export { seedCategories, seedProducts };

/** The test server's database, for arranging what a test needs (read-write, WAL allows it). */
export function testDb(): Database.Database {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set: run the tests through playwright.config.ts');
  const db = new Database(path.join(dir, 'shop.db'));
  db.pragma('busy_timeout = 5000');
  return db;
}

export function availableProduct(index = 0) {
  const product = seedProducts.filter((item) => item.available)[index];
  if (!product) throw new Error(`no available seed product #${index}`);
  return product;
}

export function unavailableProduct() {
  const product = seedProducts.find((item) => !item.available);
  if (!product) throw new Error('no unavailable seed product');
  return product;
}

export function category(key: string) {
  const found = seedCategories.find((item) => item.key === key);
  if (!found) throw new Error(`no seed category ${key}`);
  return found;
}

export async function expectNoA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** True when nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
export async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
