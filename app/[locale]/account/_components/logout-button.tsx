import { useTranslations } from 'next-intl';

import { SubmitButton } from '../../_components/submit-button';
import { logoutAction } from '../actions';

/** Logging out changes state, so it is a form post (a link could be followed by a prefetch). */
export function LogoutButton({ className }: { className?: string }) {
  const t = useTranslations('Account');
  return (
    <form action={logoutAction}>
      <SubmitButton pendingLabel={t('loggingOut')} className={className}>
        {t('logOut')}
      </SubmitButton>
    </form>
  );
}
