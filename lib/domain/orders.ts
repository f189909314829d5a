import { multiply, sum, type Money } from './money';

export type OrderLine = { unitPrice: Money; quantity: number };

export function orderLineTotal(line: OrderLine, digits: number): Money {
  return multiply(line.unitPrice, line.quantity, digits);
}

/** The order total from the prices copied out of the cart: what the admin and the payment use. */
export function orderTotal(lines: readonly OrderLine[], digits: number): Money {
  return sum(
    lines.map((line) => orderLineTotal(line, digits)),
    digits,
  );
}
