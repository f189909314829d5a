import 'server-only';

import { getLocale } from 'next-intl/server';

import type { User } from '../../db/schema';
import type { Locale } from '../i18n/locales';
import { requireStaff, requireUser } from './auth';

/** What a guarded action knows before it reads its form: the visitor's language and who they are. */
export type ActionContext = { locale: Locale; user: User };

/**
 * A server action's own arguments: a plain form action gets the form only, one used with
 * useProgressiveAction gets its previous state first. The form is always the last.
 */
type ActionArgs = [FormData] | [unknown, FormData];

/**
 * Where a refused visitor comes back to after logging in, as a path inside the locale ("/admin/
 * products/3"); it may read the form (the id of what was being edited).
 */
type ReturnTo = (formData: FormData) => string;

const staffActions = new WeakSet<object>();

function guarded<Args extends ActionArgs, Result>(
  check: (locale: Locale, returnTo: string) => Promise<User>,
  returnTo: ReturnTo,
  run: (context: ActionContext, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const formData = args[args.length - 1] as FormData;
    const locale = await getLocale();
    // Checked before anything of the form is used: a server action can be posted from any page,
    // and the proxy guards only the /admin addresses.
    const user = await check(locale, returnTo(formData));
    return run({ locale, user }, ...args);
  };
}

/**
 * A staff-only server action: a visitor is sent to log in (coming back to `returnTo`), a customer
 * to the 403 page, before `run` is called. Every export of an admin actions.ts is built with it,
 * and app/[locale]/admin/staff-guard.test.ts proves so.
 */
export function staffAction<Args extends ActionArgs, Result>(
  returnTo: ReturnTo,
  run: (context: ActionContext, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const action = guarded(requireStaff, returnTo, run);
  staffActions.add(action);
  return action;
}

/** Whether `action` was built by staffAction. */
export function isStaffAction(action: unknown): boolean {
  return typeof action === 'function' && staffActions.has(action);
}

/** A server action for a logged-in user: a visitor is sent to log in, coming back to `returnTo`. */
export function userAction<Args extends ActionArgs, Result>(
  returnTo: ReturnTo,
  run: (context: ActionContext, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return guarded(requireUser, returnTo, run);
}
