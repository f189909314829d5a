import 'server-only';

import { createTranslator } from 'use-intl/core';

import { getDb } from './database';
import { emailKey } from '../domain/email';
import type { Locale } from '../i18n/locales';
import { env } from '../validation/env';
import { registerUser, type NewAccount } from './accounts';
import { escapeHtml } from './html';
import { registrationCharges } from './limits';
import { enqueueMail } from './mail/mail-jobs';
import { MESSAGES } from './messages';
import { spend } from './rate-limit';
import { siteOrigin } from './seo';
import type { User } from '../../db/schema';

export type RegistrationOutcome =
  // A new account: sign it in.
  | { kind: 'created'; user: User }
  // The e-mail has an account already: its owner is mailed, the visitor sees a neutral answer.
  | { kind: 'mailed' }
  | { kind: 'tooMany'; retryAfterMs: number };

/**
 * A visitor's registration. Refused while the address's or the e-mail's registration budget, or
 * the address's password checks, are spent (nothing is hashed then). An e-mail that already has
 * an account is never named as such: the owner gets an e-mail saying someone tried to register
 * with it, and the visitor is told to look in that mailbox (docs/decisions/0006-rate-limits.md).
 */
export async function registerVisitor(
  account: NewAccount,
  address: string | undefined,
  locale: Locale,
  requestUrl?: string,
): Promise<RegistrationOutcome> {
  const key = emailKey(account.email);
  const verdict = await spend(registrationCharges(key, address));
  if (!verdict.allowed) return { kind: 'tooMany', retryAfterMs: verdict.retryAfterMs };
  // Hashes the password either way, so that a taken e-mail answers as slowly as a new one.
  const result = await registerUser({ ...account, staff: false });
  if (result.ok) return { kind: 'created', user: result.user };
  enqueueMail(getDb(), registrationAttemptMail(account.email.trim(), locale, requestUrl));
  return { kind: 'mailed' };
}

/** To the owner of an account: someone tried to register with this address. */
function registrationAttemptMail(to: string, locale: Locale, requestUrl?: string) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'RegisterMail' });
  const loginUrl = `${siteOrigin(requestUrl)}/${locale}/account/login`;
  const shop = env().SHOP_NAME;
  const paragraphs = [
    t('greeting'),
    t('intro', { shop }),
    t('login', { url: loginUrl }),
    t('notYou'),
  ];
  return {
    to,
    subject: t('subject', { shop }),
    text: paragraphs.join('\n\n'),
    html: [
      `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif">`,
      ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
      '</body></html>',
    ].join('\n'),
  };
}
