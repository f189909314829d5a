'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { retryMinutes } from '@/lib/domain/rate-limit';
import type { Locale } from '@/lib/i18n/locales';
import { logIn, logOut, logOutEverywhere } from '@/lib/server/account-session';
import { authenticate } from '@/lib/server/accounts';
import { safeReturnPath } from '@/lib/server/auth';
import { clientAddress } from '@/lib/server/client-address';
import { registerVisitor } from '@/lib/server/registration';
import { loginSchema, parseForm, registerSchema } from '@/lib/validation/account';
import { formFields } from '@/lib/validation/cart-forms';

import type { LoginState, RegisterState } from './form-state';

/** Where to go after logging in: the page that sent the visitor here, or their account. */
async function destination(next: string | undefined): Promise<string> {
  return safeReturnPath(next) ?? `/${await getLocale()}/account`;
}

export async function registerAction(
  _previous: RegisterState,
  formData: FormData,
): Promise<RegisterState> {
  const fields = formFields(formData);
  const values = { name: fields.name ?? '', email: fields.email ?? '' };
  const parsed = parseForm(registerSchema, fields);
  if (!parsed.ok) return { errors: parsed.errors, values };
  const locale = (await getLocale()) as Locale;
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
  redirect(await destination(fields.next));
}

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const fields = formFields(formData);
  const values = { email: fields.email ?? '', remember: fields.remember === 'on' };
  const parsed = parseForm(loginSchema, fields);
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
  redirect(await destination(fields.next));
}

export async function logoutAction(): Promise<void> {
  await logOut();
  redirect(`/${await getLocale()}`);
}

export async function logoutEverywhereAction(): Promise<void> {
  await logOutEverywhere();
  redirect(`/${await getLocale()}`);
}
