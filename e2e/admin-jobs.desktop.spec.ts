import { uniqueTag } from './admin-fixtures';
import { expect, test } from './fixtures';
import { createFailedJob, deleteJob, jobState } from './job-fixtures';

test('lists failed jobs with their error and retries one', async ({ page, staff: _staff }) => {
  const type = uniqueTag('e2e.job.');
  const id = createFailedJob(type, 'SMTP 550: mailbox unavailable');

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
  const after = jobState(id);
  deleteJob(id);
  expect(after.state).not.toBe('failed');
  expect(after.attempts).toBeLessThanOrEqual(1);
  await expect(page.getByRole('listitem').filter({ hasText: type })).toHaveCount(0);
});
