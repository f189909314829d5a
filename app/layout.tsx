import type { ReactNode } from 'react';

// The real root layout, with <html lang>, is app/[locale]/layout.tsx: the language is part of
// every page's address. This one only passes its children through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
