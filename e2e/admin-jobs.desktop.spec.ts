import { expect, test } from '@playwright/test';

import { signInAsStaff, uniqueTag } from './admin-fixtures';
import { testDb } from './fixtures';

function failedJob(type: string, error: string): number {
  const db = testDb();
  try {
    const { lastInsertRowid } = db
      .prepare(
        `insert into jobs (type, payload, state, attempts, max_attempts, last_error)
         values (?, '{}', 'failed', 5, 5, ?)`,
      )
      .run(type, error);
    return Number(lastInsertRowid);
  } finally {
    db.close();
  }
}

/** The test's job has no handler: once checked, it goes, instead of failing on in the server log. */
function deleteJob(id: number) {
  const db = testDb();
  try {
    db.prepare('delete from jobs where id = ?').run(id);
  } finally {
    db.close();
  }
}

function jobRow(id: number) {
  const db = testDb();
  try {
    return db.prepare('select state, attempts from jobs where id = ?').get(id) as {
      state: string;
      attempts: number;
    };
  } finally {
    db.close();
  }
}

test('lists failed jobs with their error and retries one', async ({ page, context }) => {
  await signInAsStaff(context);
  const type = uniqueTag('e2e.job.');
  const id = failedJob(type, 'SMTP 550: mailbox unavailable');

  await page.goto('/en/admin/jobs');
  const states = page.getByRole('navigation', { name: 'Job states' });
  for (const state of ['Queued', 'Running', 'Done', 'Failed']) {
    await expect(states.getByRole('link', { name: new RegExp(`^${state}: \\d+$`) })).toBeVisible();
  }
  await expect(states.getByRole('link', { name: /^Failed/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const card = page.getByRole('listitem').filter({ hasText: type });
  await expect(card).toContainText('SMTP 550: mailbox unavailable');
  await expect(card).toContainText('5 of 5');

  await card.getByRole('button', { name: `Retry job ${id}` }).click();
  await expect(page.getByRole('status')).toHaveText(`Job ${id} is queued again.`);
  // A fresh set of tries: the worker may already have tried it once (no handler for this type),
  // which queues it again after a backoff, but it is not failed.
  const after = jobRow(id);
  deleteJob(id);
  expect(after.state).not.toBe('failed');
  expect(after.attempts).toBeLessThanOrEqual(1);
  await expect(page.getByRole('listitem').filter({ hasText: type })).toHaveCount(0);
});
