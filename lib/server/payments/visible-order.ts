import 'server-only';

import { canSeeOrder, findOrder, viewerOf, type OrderWithItems } from '../orders';
import { readSession } from '../session';
import { parseId } from '../../validation/id';

/**
 * The order behind an id from an address or a form, if this visitor may see it. The proxy already
 * answers strangers with a 404; pages and actions check again, since actions are posted directly.
 */
export async function visibleOrder(id: string | undefined): Promise<OrderWithItems | undefined> {
  const orderId = parseId(id);
  if (orderId === undefined) return undefined;
  const order = await findOrder(orderId);
  return order && canSeeOrder(order, await viewerOf(await readSession())) ? order : undefined;
}
