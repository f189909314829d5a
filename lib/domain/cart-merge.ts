import type { Cart, CartLimits } from './cart';

/**
 * The cart after logging in: the browser's cart (built while anonymous) joined with the one saved
 * for the account. The browser's lines come first and keep their prices; the same product's
 * quantities add up, to at most the line maximum; saved products that do not fit under the line
 * cap are left out, so the merged cart always fits the session cookie.
 */
export function mergeCarts(browser: Cart, saved: Cart, limits: CartLimits): Cart {
  const lines = browser.lines.map((line) => ({ ...line }));
  for (const line of saved.lines) {
    const existing = lines.find((item) => item.productId === line.productId);
    if (existing) {
      existing.quantity = Math.min(existing.quantity + line.quantity, limits.maxQuantity);
    } else if (lines.length < limits.maxLines) {
      lines.push({ ...line, quantity: Math.min(line.quantity, limits.maxQuantity) });
    }
  }
  return { lines: lines.slice(0, limits.maxLines) };
}
