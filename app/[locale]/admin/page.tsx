import { redirect } from 'next/navigation';

// The staff pages start at the order list.
export default async function AdminPage({ params }: PageProps<'/[locale]/admin'>) {
  redirect(`/${(await params).locale}/admin/orders`);
}
