import { getTranslations } from 'next-intl/server';

import { SubmitButton } from '../../../_components/submit-button';
import { toggleAvailabilityAction } from '../actions';

/** One small form per row: works without JavaScript, shows its pending state with it. */
export async function AvailabilityToggle({
  id,
  name,
  available,
  back,
}: {
  id: number;
  name: string;
  available: boolean;
  back: string;
}) {
  const t = await getTranslations('Admin.products');
  return (
    <form action={toggleAvailabilityAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="available" value={available ? '' : 'on'} />
      <input type="hidden" name="back" value={back} />
      {/* Named by the state it shows, then what pressing it does ("Available — Make Tea
          unavailable"): a name that begins with the visible word reaches voice control users
          (WCAG 2.5.3, label in name); an aria-label would have hidden the visible word. */}
      <SubmitButton
        pendingLabel={t('toggling')}
        className="rounded border border-stone-400 px-2 py-1 text-xs hover:bg-stone-100"
      >
        {available ? t('availableYes') : t('availableNo')}
        <span className="sr-only">
          {' — '}
          {available ? t('makeUnavailable', { name }) : t('makeAvailable', { name })}
        </span>
      </SubmitButton>
    </form>
  );
}
