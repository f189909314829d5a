// The cart's lines as the cart view shows them, and the changes it makes to them optimistically;
// shared by the view and its rows, so neither imports the other for its types.

export type CartViewLine = {
  productId: number;
  name: string;
  slug: string;
  image: string;
  quantity: number;
  price: string;
  currentPrice: string;
  priceChanged: boolean;
  // Its price hold ran out: it costs the current price now; this was its add-time price.
  repricedFrom?: string;
  available: boolean;
};

export type LineChange =
  | { type: 'quantity'; productId: number; quantity: number }
  | { type: 'remove'; productId: number }
  | { type: 'clear' };
