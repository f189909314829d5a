import { NotFoundMessage } from './_components/not-found-message';

// For notFound() thrown inside a page. Addresses that match no route, and missing products and
// categories (rewritten there by the proxy), get the server-rendered app/global-not-found.tsx
// instead.
export default function LocaleNotFound() {
  return <NotFoundMessage />;
}
