'use server';

import { redirect } from '@/lib/i18n/navigation';
import { retryJob } from '@/lib/server/admin/jobs';
import { staffAction } from '@/lib/server/guarded-action';
import { parseId } from '@/lib/validation/id';

export const retryJobAction = staffAction(
  () => '/admin/jobs?state=failed',
  async ({ locale }, formData: FormData): Promise<void> => {
    const id = parseId(formData.get('id'));
    const retried = id !== undefined && (await retryJob(id));
    redirect({
      href: `/admin/jobs?state=failed&${retried ? `retried=${id}` : 'retried=none'}`,
      locale,
    });
  },
);
