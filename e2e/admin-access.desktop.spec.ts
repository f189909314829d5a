import { createUser as createAccountUser, logIn } from './account-fixtures';
import { expect, expectNoA11yViolations, test } from './fixtures';

test.describe('who may open the staff pages', () => {
  test('an anonymous visitor is sent to the login page, which would bring them back', async ({
    request,
    order: orderId,
  }) => {
    for (const path of ['/en/admin/orders?paid=no', '/ru/admin/products']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(303);
      const location = new URL(response.headers().location ?? '', 'http://x');
      expect(location.pathname).toBe(`/${path.slice(1, 3)}/account/login`);
      expect(location.searchParams.get('next')).toBe(path);
    }
    const invoice = await request.get(`/en/admin/orders/${orderId}/invoice`, { maxRedirects: 0 });
    expect(invoice.status()).toBe(303);
    const exported = await request.post('/en/admin/orders/export', {
      form: { ids: String(orderId) },
      maxRedirects: 0,
    });
    expect(exported.status()).toBe(303);
    expect(await exported.text()).not.toContain('Karenina');
  });

  test('staff who log in through the login page land back on the admin page they asked for', async ({
    page,
  }) => {
    const staff = await createAccountUser({ staff: true });
    await page.goto('/en/admin/jobs');
    await expect(page).toHaveURL(/\/en\/account\/login\?next=/);
    await logIn(page, staff.email, staff.password, { next: '/en/admin/jobs' });
    await expect(page).toHaveURL(/\/en\/admin\/jobs$/);
    await expect(page.getByRole('navigation', { name: 'Staff' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Admin' })).toBeVisible();
  });

  test('a logged-in customer gets 403 "No access" in their language', async ({
    page,
    context,
    shopper: _customer,
    order: orderId,
  }) => {
    const english = await page.goto('/en/admin/orders');
    expect(english?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Staff' })).toHaveCount(0);

    const russian = await page.goto('/ru/admin/products/new');
    expect(russian?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'Нет доступа' })).toBeVisible();
    await expectNoA11yViolations(page);

    const invoice = await context.request.get(`/en/admin/orders/${orderId}/invoice`);
    expect(invoice.status()).toBe(403);
    expect(invoice.headers()['content-type']).not.toContain('pdf');
    const exported = await context.request.post('/en/admin/orders/export', {
      form: { ids: String(orderId) },
    });
    expect(exported.status()).toBe(403);
    expect(await exported.text()).not.toContain('Karenina');
  });

  test('staff reach the admin with its navigation', async ({ page, staff: _staff }) => {
    const response = await page.goto('/en/admin');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en\/admin\/orders$/);
    const nav = page.getByRole('navigation', { name: 'Staff' });
    for (const name of ['Orders', 'Products', 'Categories', 'Jobs']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    await expect(nav.getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page');
    await expectNoA11yViolations(page);
  });
});
