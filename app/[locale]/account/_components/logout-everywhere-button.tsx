import { useTranslations } from 'next-intl';

import { SubmitButton } from '../../_components/submit-button';
import { logoutEverywhereAction } from '../actions';

/** Ends every signed-in session of the account, on every browser (lib/server/sessions.ts). */
export function LogoutEverywhereButton({ className }: { className?: string }) {
  const t = useTranslations('Account');
  return (
    <form action={logoutEverywhereAction}>
      <SubmitButton pendingLabel={t('loggingOutEverywhere')} className={className}>
        {t('logOutEverywhere')}
      </SubmitButton>
    </form>
  );
}
