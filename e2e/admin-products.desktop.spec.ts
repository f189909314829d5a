import sharp from 'sharp';

import { createOrder, signInAsStaff, uniqueTag } from './admin-fixtures';
import { productAvailability } from './catalog-fixtures';
import {
  category,
  createProduct,
  deleteProduct,
  expect,
  orderItemsOf,
  submit,
  test,
} from './fixtures';

test.beforeEach(async ({ context }) => {
  await signInAsStaff(context);
});

const png = () =>
  sharp({ create: { width: 40, height: 40, channels: 3, background: '#6b8e23' } })
    .png()
    .toBuffer();

test('creates a product in both languages, which then shows in the shop', async ({ page }) => {
  const tag = uniqueTag('tea');
  await page.goto('/en/admin/products/new');
  await page.getByLabel('Category').selectOption({ label: category('accessories').en.name });
  await page.getByLabel('Price').fill('19.999');
  const english = page.getByRole('group', { name: 'English' });
  const russian = page.getByRole('group', { name: 'Russian' });
  await english.getByLabel('Name').fill(`Gaiwan ${tag}`);
  await english.getByLabel('Address (slug)').fill(`gaiwan-${tag}`);
  await english.getByLabel('Description').fill('A lidded bowl for brewing.');
  await russian.getByLabel('Name').fill(`Гайвань ${tag}`);
  await russian.getByLabel('Address (slug)').fill(`gayvan-${tag}`);

  // Refused: too many decimals and no image; everything typed stays.
  await submit(page, page.getByRole('button', { name: 'Save product' }));
  await expect(
    page.getByRole('alert').filter({ hasText: '2 fields need your attention.' }),
  ).toBeVisible();
  await expect(page.getByText('Enter a price with at most 2 decimal places')).toBeVisible();
  await expect(page.getByText('Choose an image.')).toBeVisible();
  await expect(page.getByLabel('Price')).toHaveValue('19.999');
  await expect(page.getByLabel('Category').locator('option:checked')).toHaveText(
    category('accessories').en.name,
  );
  await expect(russian.getByLabel('Name')).toHaveValue(`Гайвань ${tag}`);

  await page.getByLabel('Price').fill('19.90');
  await page
    .getByLabel('Image')
    .setInputFiles({ name: 'gaiwan.png', mimeType: 'image/png', buffer: await png() });
  await submit(page, page.getByRole('button', { name: 'Save product' }));
  await expect(page).toHaveURL(/\/en\/admin\/products\?saved=\d+$/);
  await expect(page.getByRole('status')).toHaveText('The product was saved.');

  await page.getByLabel('Search products').fill(tag);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('link', { name: `Edit Gaiwan ${tag}` })).toBeVisible();

  await page.goto(`/en/products/gaiwan-${tag}`);
  await expect(page.getByRole('heading', { level: 1, name: `Gaiwan ${tag}` })).toBeVisible();
  await expect(page.getByText('$19.90').first()).toBeVisible();
  const image = page.getByRole('img', { name: `Gaiwan ${tag}` }).first();
  const src = await image.getAttribute('src');
  expect((await page.request.get(src ?? '')).status()).toBe(200);
  await page.goto(`/ru/products/gayvan-${tag}`);
  await expect(page.getByRole('heading', { level: 1, name: `Гайвань ${tag}` })).toBeVisible();
});

test('suggests the address from the name as it is typed, and keeps one typed by hand', async ({
  page,
}) => {
  const tag = uniqueTag('tea');
  await page.goto('/en/admin/products/new');
  const english = page.getByRole('group', { name: 'English' });
  const russian = page.getByRole('group', { name: 'Russian' });
  await english.getByLabel('Name').fill(`Jasmine Pearls ${tag}`);
  await expect(english.getByLabel('Address (slug)')).toHaveValue(`jasmine-pearls-${tag}`);
  await russian.getByLabel('Name').fill(`Чай с жасмином ${tag}`);
  await expect(russian.getByLabel('Address (slug)')).toHaveValue(`chay-s-zhasminom-${tag}`);

  await english.getByLabel('Address (slug)').fill(`pearls-${tag}`);
  await english.getByLabel('Name').fill(`Jasmine Dragon Pearls ${tag}`);
  await expect(english.getByLabel('Address (slug)')).toHaveValue(`pearls-${tag}`);
});

test('refuses a file that only pretends to be an image', async ({ page }) => {
  const product = createProduct();
  await page.goto(`/en/admin/products/${product.id}`);
  await page.getByLabel('Image').setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<script>alert(1)</script>'),
  });
  await submit(page, page.getByRole('button', { name: 'Save product' }));
  await expect(page.getByText('The image must be a JPEG, PNG or WebP file.')).toBeVisible();
  await expect(page.getByLabel('Image')).toHaveAttribute('aria-invalid', 'true');
});

test('refuses an image over 5 MB as soon as it is chosen', async ({ page }) => {
  const product = createProduct();
  await page.goto(`/en/admin/products/${product.id}`);
  await page.getByLabel('Image').setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1),
  });
  await expect(page.getByText('The image must be at most 5 MB.')).toBeVisible();
  await expect(page.getByLabel('Image')).toHaveValue('');
});

test('edits a product and toggles its availability', async ({ page }) => {
  const product = createProduct({ price: '12.50' });
  await page.goto(`/en/admin/products?q=${encodeURIComponent(product.en.name)}`);
  await page.getByRole('link', { name: `Edit ${product.en.name}` }).click();
  const english = page.getByRole('group', { name: 'English' });
  await expect(english.getByLabel('Name')).toHaveValue(product.en.name);
  await expect(page.getByLabel('Price')).toHaveValue('12.50');
  await english.getByLabel('Name').fill(`${product.en.name} Deluxe`);
  await page.getByLabel('Price').fill('14');
  await submit(page, page.getByRole('button', { name: 'Save product' }));
  await expect(page.getByRole('status')).toHaveText('The product was saved.');

  await page.goto(`/en/products/${product.en.slug}`);
  await expect(
    page.getByRole('heading', { level: 1, name: `${product.en.name} Deluxe` }),
  ).toBeVisible();
  await expect(page.getByText('$14.00').first()).toBeVisible();

  await page.goto(`/en/admin/products?q=${encodeURIComponent(product.en.name)}`);
  await submit(
    page,
    page.getByRole('button', { name: `Make ${product.en.name} Deluxe unavailable` }),
  );
  await expect(
    page.getByRole('button', { name: `Make ${product.en.name} Deluxe available` }),
  ).toBeVisible();
  expect(productAvailability(product.id)).toBe(false);
  await expect(page.getByLabel('Search products')).toHaveValue(product.en.name);
});

test('deleting a product leaves the orders that hold it whole', async ({ page }) => {
  const product = createProduct({ price: '7.25' });
  const orderId = createOrder({
    items: [{ productId: product.id, name: product.en.name, unitPriceMinor: 725, quantity: 3 }],
  });
  await page.goto(`/en/admin/products/${product.id}`);
  await submit(page, page.getByRole('button', { name: 'Delete this product' }));
  await expect(page.getByRole('status')).toContainText('The product was deleted.');
  expect(productAvailability(product.id)).toBeUndefined();
  expect(orderItemsOf(orderId)).toEqual([
    { product_id: null, product_name: product.en.name, unit_price_minor: 725, quantity: 3 },
  ]);
  await page.goto(`/en/admin/orders/${orderId}`);
  const row = page.getByRole('row').filter({ hasText: product.en.name });
  await expect(row).toContainText('product deleted from the catalog');
  await expect(row).toContainText('$21.75');
});

test('saving a product another staff member deleted meanwhile says so', async ({ page }) => {
  const product = createProduct();
  await page.goto(`/ru/admin/products/${product.id}`);
  deleteProduct(product.id);
  await submit(page, page.getByRole('button', { name: 'Сохранить товар' }));
  await expect(page).toHaveURL(/\/ru\/admin\/products\?missing=1$/);
  await expect(page.getByRole('status')).toHaveText(
    'Этого товара больше нет (возможно, его удалил другой сотрудник): ничего не сохранено.',
  );
});

test('creates a category and refuses a slug that is taken', async ({ page }) => {
  const tag = uniqueTag('cat');
  await page.goto('/en/admin/categories/new');
  const english = page.getByRole('group', { name: 'English' });
  const russian = page.getByRole('group', { name: 'Russian' });
  await english.getByLabel('Name').fill(`Herbs ${tag}`);
  await english.getByLabel('Address (slug)').fill(category('tea').en.slug);
  await russian.getByLabel('Name').fill(`Травы ${tag}`);
  await russian.getByLabel('Address (slug)').fill(`travy-${tag}`);
  await submit(page, page.getByRole('button', { name: 'Save category' }));
  await expect(page.getByText('Another entry already uses this address.')).toBeVisible();
  await expect(russian.getByLabel('Name')).toHaveValue(`Травы ${tag}`);

  await english.getByLabel('Address (slug)').fill(`herbs-${tag}`);
  await submit(page, page.getByRole('button', { name: 'Save category' }));
  await expect(page.getByRole('status')).toHaveText('The category was saved.');
  await expect(page.getByRole('link', { name: `Edit Herbs ${tag}` })).toBeVisible();

  // Found by its Russian name typed in capitals; the other categories are left out.
  await page.getByLabel('Search categories').fill(`ТРАВЫ ${tag}`.toUpperCase());
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/categories\?q=/);
  await expect(page.getByRole('link', { name: /^Edit / })).toHaveCount(1);
  await expect(page.getByRole('link', { name: `Edit Herbs ${tag}` })).toBeVisible();
  await page.getByLabel('Search categories').fill(`${tag}%`);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No categories found.')).toBeVisible();

  await page.goto(`/en/category/herbs-${tag}`);
  await expect(page.getByRole('heading', { level: 1, name: `Herbs ${tag}` })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a refused edit keeps every value, and a good one saves', async ({ page }) => {
    const product = createProduct({ price: '4.00' });
    await page.goto(`/en/admin/products/${product.id}`);
    const russian = page.getByRole('group', { name: 'Russian' });
    await russian.getByLabel('Name').fill('');
    await page.getByLabel('Price').fill('4.005');
    await page.getByRole('button', { name: 'Save product' }).click();
    await expect(page.getByText('2 fields need your attention.')).toBeVisible();
    await expect(russian.getByText('Fill this in.')).toBeVisible();
    await expect(page.getByLabel('Price')).toHaveValue('4.005');
    await expect(page.getByLabel('Category').locator('option:checked')).toHaveText(
      category('accessories').en.name,
    );

    await russian.getByLabel('Name').fill(`${product.ru.name} новый`);
    await page.getByLabel('Price').fill('4.05');
    await page.getByRole('button', { name: 'Save product' }).click();
    await expect(page).toHaveURL(/\/en\/admin\/products\?saved=\d+$/);
    await page.goto(`/ru/products/${product.ru.slug}`);
    await expect(
      page.getByRole('heading', { level: 1, name: `${product.ru.name} новый` }),
    ).toBeVisible();
  });

  test('a new product saved with empty addresses gets them from its names', async ({ page }) => {
    const tag = uniqueTag('tea');
    await page.goto('/en/admin/products/new');
    await page.getByLabel('Category').selectOption({ label: category('accessories').en.name });
    await page.getByLabel('Price').fill('6.50');
    await page.getByRole('group', { name: 'English' }).getByLabel('Name').fill(`Tea Tray ${tag}`);
    await page
      .getByRole('group', { name: 'Russian' })
      .getByLabel('Name')
      .fill(`Чайный поднос ${tag}`);
    await page
      .getByLabel('Image')
      .setInputFiles({ name: 'tray.png', mimeType: 'image/png', buffer: await png() });
    await page.getByRole('button', { name: 'Save product' }).click();
    await expect(page).toHaveURL(/\/en\/admin\/products\?saved=\d+$/);
    await page.goto(`/en/products/tea-tray-${tag}`);
    await expect(page.getByRole('heading', { level: 1, name: `Tea Tray ${tag}` })).toBeVisible();
    await page.goto(`/ru/products/chaynyy-podnos-${tag}`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Чайный поднос ${tag}` }),
    ).toBeVisible();
  });

  test('the category search works as a plain form, by slug in the other language', async ({
    page,
  }) => {
    const coffee = category('coffee');
    await page.goto('/ru/admin/categories');
    await page.getByLabel('Поиск категорий').fill(coffee.en.slug.toUpperCase());
    await page.getByRole('button', { name: 'Найти' }).click();
    await expect(page).toHaveURL(new RegExp(`/ru/admin/categories\\?q=${coffee.en.slug}`, 'i'));
    await expect(page.getByLabel('Поиск категорий')).toHaveValue(coffee.en.slug.toUpperCase());
    await expect(page.getByRole('link', { name: `Изменить ${coffee.ru.name}` })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Изменить / })).toHaveCount(1);
  });
});
