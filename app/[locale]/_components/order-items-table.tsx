import type { ReactNode } from 'react';

import { orderLineTotal } from '@/lib/domain/orders';
import type { Locale } from '@/lib/i18n/locales';
import type { OrderWithItems } from '@/lib/server/orders';
import { formatPrice, moneyFromMinor, shopCurrency } from '@/lib/server/shop';

export type OrderItemsLabels = {
  product: string;
  quantity: string;
  unitPrice: string;
  lineTotal: string;
  total: string;
  /** With a coupon: the items' sum, and the discount line naming the code. */
  subtotal: string;
  discount: (code: string) => string;
  /** Shown under an item whose product has since been deleted (staff only). */
  deletedProduct?: string;
};

/**
 * An order's items with their copied prices, its coupon's discount, and the stored total: the shopper's order page and
 * the admin's show the same figures. The unit price column hides on a phone.
 */
export function OrderItemsTable({
  order,
  locale,
  labels,
}: {
  order: OrderWithItems;
  locale: Locale;
  labels: OrderItemsLabels;
}) {
  const { digits } = shopCurrency();
  const money = (minor: number) => formatPrice(moneyFromMinor(minor), locale);
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr className="border-b border-stone-300">
          <th scope="col" className="py-2">
            {labels.product}
          </th>
          <th scope="col" className="py-2 text-right">
            {labels.quantity}
          </th>
          <th scope="col" className="hidden py-2 text-right sm:table-cell">
            {labels.unitPrice}
          </th>
          <th scope="col" className="py-2 text-right">
            {labels.lineTotal}
          </th>
        </tr>
      </thead>
      <tbody>
        {order.items.map((item) => (
          <tr key={item.id} className="border-b border-stone-200">
            <td className="py-2">
              {item.productName}
              {item.productId === null && labels.deletedProduct && (
                <span className="block text-xs text-stone-700">{labels.deletedProduct}</span>
              )}
            </td>
            <td className="py-2 text-right">{item.quantity}</td>
            <td className="hidden py-2 text-right sm:table-cell">{money(item.unitPriceMinor)}</td>
            <td className="py-2 text-right">
              {formatPrice(
                orderLineTotal(
                  { unitPrice: moneyFromMinor(item.unitPriceMinor), quantity: item.quantity },
                  digits,
                ),
                locale,
              )}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {order.couponCode !== null && (
          <>
            <FooterRow label={labels.subtotal}>
              {money(order.totalMinor + order.discountMinor)}
            </FooterRow>
            <FooterRow label={labels.discount(order.couponCode)}>
              −{money(order.discountMinor)}
            </FooterRow>
          </>
        )}
        <FooterRow label={labels.total} strong>
          {money(order.totalMinor)}
        </FooterRow>
      </tfoot>
    </table>
  );
}

// The label spans the columns there are: the unit price column hides on a phone.
function FooterRow({
  label,
  strong,
  children,
}: {
  label: string;
  strong?: boolean;
  children: ReactNode;
}) {
  return (
    <tr>
      <th scope="row" colSpan={2} className="py-2 text-left sm:hidden">
        {label}
      </th>
      <th scope="row" colSpan={3} className="hidden py-2 text-left sm:table-cell">
        {label}
      </th>
      <td className={`py-2 text-right ${strong ? 'font-semibold' : ''}`}>{children}</td>
    </tr>
  );
}
