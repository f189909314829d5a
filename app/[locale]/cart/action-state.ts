/** What a cart form shows after its action: a message for the live region, an error next to a field. */
export type CartActionState = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  // The line the message is about, and the quantity as typed, kept after an error.
  productId?: number;
  quantity?: string;
  field?: 'quantity';
};

export const idleState: CartActionState = { status: 'idle' };
