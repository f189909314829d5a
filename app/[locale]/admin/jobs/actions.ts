'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { retryJob } from '@/lib/server/admin/jobs';
import { requireStaff } from '@/lib/server/auth';
import { parseId } from '@/lib/validation/id';

export async function retryJobAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  await requireStaff(locale, `/${locale}/admin/jobs?state=failed`);
  const id = parseId(formData.get('id'));
  const retried = id !== undefined && retryJob(id);
  redirect(`/${locale}/admin/jobs?state=failed&${retried ? `retried=${id}` : 'retried=none'}`);
}
