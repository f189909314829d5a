import { expect, test, type Page } from '@playwright/test';

import { addToCart, availableProduct, cartLink, createProduct, submit } from './fixtures';

const tea = availableProduct(0);
const coffee = availableProduct(12);

async function cartLine(page: Page, name: string) {
  return page.getByRole('main').getByRole('listitem').filter({ hasText: name });
}

// Every journey runs twice: with JavaScript and without. Adding on a product page differs (with
// JavaScript: no reload, the count changes at once); the cart page is the same plain HTML either
// way, its forms plain posts answered with a 303 redirect.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`cart ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('adds, adds again, overrides, updates, removes and clears', async ({ page }) => {
      await addToCart(page, tea.en.slug, 2);
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
      if (javaScriptEnabled) {
        await expect(page).toHaveURL(`/en/products/${tea.en.slug}`);
        await expect(page.getByRole('status')).toHaveText(
          `Added to your cart: ${tea.en.name} × 2.`,
        );
      } else {
        // The plain post goes to the cart, which says what was added, as the product page does.
        await expect(page).toHaveURL(/^[^?]*\/en\/cart\?done=added&/);
        await expect(page.getByRole('status')).toHaveText(
          `Added to your cart: ${tea.en.name} × 2.`,
        );
      }

      // Adding again adds to the quantity.
      await addToCart(page, tea.en.slug, 3);
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 5 items');

      // Override replaces it.
      await page.goto(`/en/products/${tea.en.slug}`);
      await expect(page.getByText('5 already in your cart')).toBeVisible();
      await page.getByLabel('Quantity', { exact: true }).fill('1');
      await page.getByLabel('Replace the quantity in my cart instead of adding to it').check();
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 1 item');
      // With JavaScript the count changes before the server has answered: wait for its answer
      // before leaving the page, which would cancel it.
      if (javaScriptEnabled) {
        await expect(page.getByRole('status')).toHaveText(
          `Added to your cart: ${tea.en.name} × 1.`,
        );
      }

      await addToCart(page, coffee.en.slug, 1);
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');

      await page.goto('/en/cart');
      const line = await cartLine(page, tea.en.name);
      await expect(line).toContainText(`Total: $${tea.price}`);
      await line.getByRole('spinbutton').fill('4');
      await line.getByRole('button', { name: `Update quantity of ${tea.en.name}` }).click();
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 5 items');
      await expect(line.getByRole('spinbutton')).toHaveValue('4');
      await expect(page.getByRole('status')).toHaveText('Your cart was updated.');

      await page.getByRole('button', { name: `Remove ${coffee.en.name} from the cart` }).click();
      await expect(await cartLine(page, coffee.en.name)).toHaveCount(0);
      await expect(page.getByRole('status')).toHaveText(
        `${coffee.en.name} was removed from your cart.`,
      );
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 4 items');

      // A quantity of 0 removes the line too.
      await line.getByRole('spinbutton').fill('0');
      await line.getByRole('button', { name: `Update quantity of ${tea.en.name}` }).click();
      await expect(page.getByText('Your cart is empty.')).toBeVisible();
      await expect(cartLink(page)).toHaveAccessibleName('Cart, empty');

      await addToCart(page, coffee.en.slug, 2);
      await page.goto('/en/cart');
      await page.getByRole('button', { name: 'Empty the cart' }).click();
      await expect(page.getByText('Your cart is empty.')).toBeVisible();
      if (!javaScriptEnabled) {
        await expect(page.getByRole('status')).toHaveText('Your cart is now empty.');
      }
      await expect(page.getByRole('link', { name: 'Continue shopping' })).toBeVisible();
      await expect(cartLink(page)).toHaveAccessibleName('Cart, empty');
    });

    test('refuses a bad quantity with a message next to it, and keeps the cart', async ({
      page,
    }) => {
      await addToCart(page, tea.en.slug, 2);
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
      for (const [typed, message] of [
        ['0', 'Choose a whole number from 1 to 99.'],
        ['2.5', 'Choose a whole number from 1 to 99.'],
        ['abc', 'Choose a whole number from 1 to 99.'],
        ['100', 'You can have at most 99 of one product in your cart.'],
      ] as const) {
        await page.goto(`/en/products/${tea.en.slug}`);
        const quantity = page.getByLabel('Quantity', { exact: true });
        await quantity.fill('');
        await quantity.pressSequentially(typed);
        await page.getByRole('button', { name: 'Add to cart' }).click();
        await expect(page.getByText(message)).toBeVisible();
        await expect(quantity).toHaveAttribute('aria-invalid', 'true');
        await expect(quantity).toHaveAccessibleDescription(message);
        await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
      }
      // On the cart page: 98 + 2 already there is over the limit.
      await page.goto('/en/cart');
      const line = await cartLine(page, tea.en.name);
      await line.getByRole('spinbutton').fill('120');
      await line.getByRole('button', { name: `Update quantity of ${tea.en.name}` }).click();
      await expect(
        line.getByText('You can have at most 99 of one product in your cart.'),
      ).toBeVisible();
      await expect(line.getByRole('spinbutton')).toHaveValue('120');
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
    });

    test('speaks Russian on /ru', async ({ page }) => {
      await addToCart(page, tea.ru.slug, 3, 'ru');
      await expect(cartLink(page)).toHaveAccessibleName('Корзина, 3 товара');
      await page.goto(`/ru/products/${tea.ru.slug}`);
      await page.getByLabel('Количество', { exact: true }).fill('500');
      await page.getByRole('button', { name: 'В корзину' }).click();
      await expect(
        page.getByText('В корзине может быть не больше 99 шт. одного товара.'),
      ).toBeVisible();
      await page.goto('/ru/cart');
      await expect(page.getByRole('heading', { level: 1, name: 'Ваша корзина' })).toBeVisible();
      await expect(await cartLine(page, tea.ru.name)).toBeVisible();
    });

    test('a product deleted or sold out since it was added', async ({ page }) => {
      const gone = createProduct({ price: '3.00' });
      const soldOut = createProduct({ price: '4.00' });
      await addToCart(page, gone.en.slug, 2);
      await addToCart(page, soldOut.en.slug, 1);
      await addToCart(page, tea.en.slug, 1);
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 4 items');

      const { deleteProduct, updateProduct } = await import('./fixtures');
      deleteProduct(gone.id);
      updateProduct(soldOut.id, { available: false });

      await page.goto('/en/cart');
      expect((await page.reload())?.status()).toBe(200);
      await expect(
        page.getByText('A product in your cart is no longer sold and was taken out.'),
      ).toBeVisible();
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
      await expect(page.getByText('Subtotal: $' + addMoney('4.00', tea.price))).toBeVisible();
      const soldOutLine = await cartLine(page, soldOut.en.name);
      await expect(soldOutLine).toContainText('Out of stock: remove it to check out.');
      await expect(
        page.getByText('Remove the products that are out of stock to check out.'),
      ).toBeVisible();

      // Adding the sold-out product again is refused.
      await page.goto(`/en/products/${soldOut.en.slug}`);
      await expect(page.getByText('This product cannot be ordered right now.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Add to cart' })).toHaveCount(0);
    });

    test('removing a product no longer in the cart changes nothing and says so', async ({
      page,
      context,
    }) => {
      const removedElsewhere = createProduct({ price: '3.00' });
      const deleted = createProduct({ price: '4.00' });
      await addToCart(page, removedElsewhere.en.slug, 1);
      await addToCart(page, deleted.en.slug, 1);
      await addToCart(page, tea.en.slug, 2);
      await page.goto('/en/cart');

      // Another tab removes one product, then the shop deletes the other, while this page still
      // shows it.
      const { deleteProduct } = await import('./fixtures');
      const goneSinceShown = {
        [removedElsewhere.id]: async () => {
          const otherTab = await context.newPage();
          await otherTab.goto('/en/cart');
          // Waits for the server: with JavaScript the line disappears before it has answered.
          await submit(
            otherTab,
            otherTab.getByRole('button', {
              name: `Remove ${removedElsewhere.en.name} from the cart`,
            }),
          );
          await expect(await cartLine(otherTab, removedElsewhere.en.name)).toHaveCount(0);
          await otherTab.close();
        },
        [deleted.id]: async () => deleteProduct(deleted.id),
      };

      for (const [product, left] of [
        [removedElsewhere, 'Cart, 3 items'],
        [deleted, 'Cart, 2 items'],
      ] as const) {
        await expect(await cartLine(page, product.en.name)).toBeVisible();
        await goneSinceShown[product.id]?.();
        await page.getByRole('button', { name: `Remove ${product.en.name} from the cart` }).click();
        await expect(await cartLine(page, product.en.name)).toHaveCount(0);
        await expect(page.getByRole('alert')).toHaveText('This product is no longer in your cart.');
        await expect(page.getByText('was removed from your cart')).toHaveCount(0);
        await expect(await cartLine(page, tea.en.name)).toBeVisible();
        await expect(cartLink(page)).toHaveAccessibleName(left);
      }
    });

    test('says so when the catalog price changed since the product was added', async ({ page }) => {
      const product = createProduct({ price: '10.00' });
      await addToCart(page, product.en.slug, 2);
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
      const { updateProduct } = await import('./fixtures');
      updateProduct(product.id, { priceMinor: 1250 });
      await page.goto('/en/cart');
      const line = await cartLine(page, product.en.name);
      await expect(line).toContainText(
        'The price is now $12.50; your cart keeps $10.00, the price when you added it.',
      );
      await expect(line).toContainText('Total: $20.00');
    });
  });
}

function addMoney(a: string, b: string): string {
  const cents = (value: string) => {
    const [whole, fraction = '0'] = value.split('.');
    return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  };
  const total = cents(a) + cents(b);
  return `${Math.floor(total / 100)}.${String(total % 100).padStart(2, '0')}`;
}
