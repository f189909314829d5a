import { createNavigation } from 'next-intl/navigation';
import type { ComponentProps } from 'react';

import { routing } from './routing';

// Locale-aware Link, redirect and hooks: links keep the visitor's language.
const navigation = createNavigation(routing);
export const { usePathname, useRouter, getPathname } = navigation;

/**
 * Next's redirect to a page in a language: `redirect({ href: '/cart', locale })`. Declared with its
 * type so that TypeScript knows the code after it does not run.
 */
export const redirect: typeof navigation.redirect = navigation.redirect;
export const permanentRedirect: typeof navigation.permanentRedirect = navigation.permanentRedirect;

/**
 * next-intl's Link without prefetching unless asked for: Next prefetches every link in view, and
 * for pages rendered per request each prefetch is a render (a catalog page with its header and
 * category links set off about 25). A click still navigates without a full reload.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
