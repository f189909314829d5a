import { getTranslations } from 'next-intl/server';

import { SubmitButton } from '../../../_components/submit-button';
import { retryJobAction } from '../actions';

export async function RetryButton({ id }: { id: number }) {
  const t = await getTranslations('Admin.jobs');
  return (
    <form action={retryJobAction}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton
        pendingLabel={t('retrying')}
        className="rounded border border-brand-700 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50"
      >
        {t('retry', { id })}
      </SubmitButton>
    </form>
  );
}
