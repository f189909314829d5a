'use server';

import { headers } from 'next/headers';
import { redirect as redirectToAddress } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { retryMinutes } from '@/lib/domain/rate-limit';
import { getPathname, redirect } from '@/lib/i18n/navigation';
import { changePasswordHere, logIn, logOut, logOutEverywhere } from '@/lib/server/account-session';
import { authenticate } from '@/lib/server/accounts';
import { loginPath, safeReturnPath } from '@/lib/server/auth';
import { clientAddress } from '@/lib/server/client-address';
import { userAction } from '@/lib/server/guarded-action';
import { registerVisitor } from '@/lib/server/registration';
import {
  loginSchema,
  parseAccountForm,
  parsePasswordChange,
  registerSchema,
} from '@/lib/validation/account';
import { formFields } from '@/lib/validation/form';

import type { LoginState, PasswordChangeState, RegisterState } from './form-state';

/** Where to go after logging in: the page that sent the visitor here, or their account. */
async function destination(next: string | undefined): Promise<string> {
  return safeReturnPath(next) ?? getPathname({ href: '/account', locale: await getLocale() });
}

export async function registerAction(
  _previous: RegisterState,
  formData: FormData,
): Promise<RegisterState> {
  const fields = formFields(formData);
  const values = { name: fields.name ?? '', email: fields.email ?? '' };
  const parsed = parseAccountForm(registerSchema, fields);
  if (!parsed.ok) return { errors: parsed.errors, values };
  const locale = await getLocale();
  // For the link in a mail to the owner when SHOP_URL is not set; the proxy refused foreign origins.
  const origin = (await headers()).get('origin') ?? '';
  const result = await registerVisitor(
    parsed.data,
    await clientAddress(),
    locale,
    URL.canParse(origin) ? origin : undefined,
  );
  if (result.kind === 'tooMany') {
    return { problem: { code: 'TOO_MANY', minutes: retryMinutes(result.retryAfterMs) }, values };
  }
  // Said as for an e-mail that could be anyone's: the page never tells that an account exists.
  if (result.kind === 'mailed') return { mailedTo: parsed.data.email.trim(), values };
  await logIn(result.user, undefined);
  redirectToAddress(await destination(fields.next));
}

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const fields = formFields(formData);
  const values = { email: fields.email ?? '', remember: fields.remember === 'on' };
  const parsed = parseAccountForm(loginSchema, fields);
  if (!parsed.ok) return { errors: parsed.errors, values };
  const { email, password } = parsed.data;
  const result = await authenticate(email, password, await clientAddress());
  if (!result.ok) {
    const problem =
      result.code === 'LOCKED'
        ? { code: result.code, minutes: retryMinutes(result.retryAfterMs) }
        : { code: result.code };
    return { problem, values };
  }
  await logIn(result.user, values.remember);
  redirectToAddress(await destination(fields.next));
}

export async function logoutAction(): Promise<void> {
  await logOut();
  redirect({ href: '/', locale: await getLocale() });
}

export async function logoutEverywhereAction(): Promise<void> {
  await logOutEverywhere();
  redirect({ href: '/', locale: await getLocale() });
}

/**
 * Changes the password: a wrong current password counts as a failed login. On success every other
 * browser is logged out and this one stays signed in; the account page says so.
 */
export const changePasswordAction = userAction(
  () => '/account',
  async (
    { locale },
    _previous: PasswordChangeState,
    formData: FormData,
  ): Promise<PasswordChangeState> => {
    const parsed = parsePasswordChange(formFields(formData));
    if (!parsed.ok) return { errors: parsed.errors };
    const { currentPassword, newPassword } = parsed.data;
    const result = await changePasswordHere(currentPassword, newPassword, await clientAddress());
    if (result.ok) redirect({ href: '/account?password=changed', locale });
    if (result.code === 'WRONG_PASSWORD') return { errors: { currentPassword: 'wrongPassword' } };
    if (result.code === 'LOCKED') {
      const lockedMinutes = Math.ceil(result.retryAfterMs / 60_000);
      return { errors: { currentPassword: 'locked' }, lockedMinutes };
    }
    // Changed meanwhile from another tab, which logged this one out: log in with the new password.
    redirectToAddress(loginPath(locale, '/account'));
  },
);
