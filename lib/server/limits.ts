import 'server-only';

import type { Budget } from '../domain/rate-limit';
import { env } from '../validation/env';
import type { Charge } from './rate-limit';

// Which budgets each action spends from (docs/decisions/0006-rate-limits.md). An address is the
// key of lib/domain/address-key.ts, or undefined when it is not known: then only the e-mail's
// budgets are spent.

const HOUR = 3_600_000;

const hourly = (limit: number): Budget => ({ limit, windowMs: HOUR });

function lockoutBudget(limit: number): Budget {
  return { limit, windowMs: env().LOGIN_LOCKOUT_MINUTES * 60_000 };
}

/** Every scrypt run from one address: a login or a registration costs 1. */
function passwordCheck(address: string | undefined): Charge[] {
  if (!address) return [];
  return [
    {
      key: `password-check:address:${address}`,
      budget: hourly(env().PASSWORD_CHECKS_PER_ADDRESS_PER_HOUR),
    },
  ];
}

/**
 * A login is reserved as a failure before its password is checked, against three budgets: the
 * address and e-mail together (what locks a guesser out of one account), the address (guessing
 * across accounts), and the e-mail from everywhere (guessing from many addresses). The e-mail's
 * ceiling is far above the pair's, so the owner, from an address of their own, is not locked out
 * by someone else's failures unless that someone uses many addresses.
 */
export function loginFailureCharges(emailKey: string, address: string | undefined): Charge[] {
  const config = env();
  const byEmail: Charge = {
    key: `login-failure:email:${emailKey}`,
    budget: lockoutBudget(config.LOGIN_MAX_FAILURES_PER_EMAIL),
  };
  // Without an address, the pair is the e-mail alone: the lockout of one account (see 0006).
  const pair: Charge = {
    key: `login-failure:pair:${address ?? 'unknown'}:${emailKey}`,
    budget: lockoutBudget(config.LOGIN_MAX_FAILURES),
  };
  if (!address) return [pair, byEmail];
  const byAddress: Charge = {
    key: `login-failure:address:${address}`,
    budget: lockoutBudget(config.LOGIN_MAX_FAILURES_PER_ADDRESS),
  };
  return [pair, byAddress, byEmail];
}

/** What a login spends before its password is checked. */
export function loginCharges(emailKey: string, address: string | undefined): Charge[] {
  return [...passwordCheck(address), ...loginFailureCharges(emailKey, address)];
}

/** What a registration spends before its password is hashed. */
export function registrationCharges(emailKey: string, address: string | undefined): Charge[] {
  const config = env();
  const byAddress: Charge[] = address
    ? [
        {
          key: `registration:address:${address}`,
          budget: hourly(config.REGISTRATIONS_PER_ADDRESS_PER_HOUR),
        },
      ]
    : [];
  return [
    ...passwordCheck(address),
    ...byAddress,
    {
      key: `registration:email:${emailKey}`,
      budget: hourly(config.REGISTRATIONS_PER_EMAIL_PER_HOUR),
    },
  ];
}

/** What placing an order spends: per address and per the order's e-mail. */
export function orderCharges(emailKey: string, address: string | undefined): Charge[] {
  const config = env();
  const byAddress: Charge[] = address
    ? [{ key: `order:address:${address}`, budget: hourly(config.ORDERS_PER_ADDRESS_PER_HOUR) }]
    : [];
  return [
    ...byAddress,
    { key: `order:email:${emailKey}`, budget: hourly(config.ORDERS_PER_EMAIL_PER_HOUR) },
  ];
}

/** A confirmation mail sent to an e-mail address: the shop's sender is not a spam cannon. */
export function orderMailCharges(emailKey: string): Charge[] {
  return [
    { key: `order-mail:email:${emailKey}`, budget: hourly(env().ORDER_MAILS_PER_EMAIL_PER_HOUR) },
  ];
}
