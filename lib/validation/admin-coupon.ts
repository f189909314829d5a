import { MAX_CODE_LENGTH, codeKey } from '../domain/coupons';
import { isDecimalText } from '../domain/money';

/** Error codes of the coupon form; the admin page shows each in the staff member's language. */
export type CouponFieldError =
  | 'required'
  | 'code'
  | 'codeTaken'
  | 'percent'
  | 'amount'
  | 'date'
  | 'dateOrder'
  | 'money'
  | 'maxUses';

export const couponFields = [
  'code',
  'kind',
  'percent',
  'amount',
  'validFrom',
  'validTo',
  'minSubtotal',
  'maxUses',
  'active',
] as const;
export type CouponField = (typeof couponFields)[number];
export type CouponFormErrors = Partial<Record<CouponField, CouponFieldError>>;

/**
 * A coupon as staff enter it: dates are whole UTC days (as the orders filter reads them), "valid
 * to" included, so it is valid until the start of the next day. Money stays decimal text here;
 * the server turns it into minor units of the shop currency.
 */
export type CouponFormInput = {
  code: string;
  discount: { kind: 'percent'; percent: number } | { kind: 'amount'; amount: string };
  validFrom: Date;
  validUntil: Date;
  active: boolean;
  minSubtotal: string | null;
  maxUses: number | null;
};

const DAY_MS = 24 * 3600 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Two decimal places at most (the shop's currency digits are checked again on the server).
const MONEY = /^\d{1,7}(\.\d{1,2})?$/;

/** A YYYY-MM-DD day as its first UTC millisecond; undefined for anything else (2026-02-30 too). */
export function utcDay(text: string): Date | undefined {
  if (!DATE.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text
    ? undefined
    : date;
}

/** The form's day fields for a stored coupon: valid to is the day before validUntil. */
export function formDays(
  validFrom: Date,
  validUntil: Date,
): { validFrom: string; validTo: string } {
  return {
    validFrom: validFrom.toISOString().slice(0, 10),
    validTo: new Date(validUntil.getTime() - DAY_MS).toISOString().slice(0, 10),
  };
}

function money(text: string | undefined): string | null | false {
  const value = (text ?? '').trim();
  if (value === '') return null;
  return MONEY.test(value) && isDecimalText(value) ? value : false;
}

export function parseCouponForm(
  fields: Partial<Record<CouponField, string>>,
): { ok: true; data: CouponFormInput } | { ok: false; errors: CouponFormErrors } {
  const errors: CouponFormErrors = {};
  const code = (fields.code ?? '').trim();
  if (code === '') errors.code = 'required';
  else if (code.length > MAX_CODE_LENGTH || codeKey(code) === undefined) errors.code = 'code';

  const kind = fields.kind === 'amount' ? 'amount' : 'percent';
  let discount: CouponFormInput['discount'] = { kind: 'percent', percent: 0 };
  if (kind === 'percent') {
    const text = (fields.percent ?? '').trim();
    const percent = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (text === '') errors.percent = 'required';
    else if (!(percent >= 1 && percent <= 100)) errors.percent = 'percent';
    else discount = { kind: 'percent', percent };
  } else {
    const amount = money(fields.amount);
    if (amount === null) errors.amount = 'required';
    else if (amount === false || Number(amount) <= 0) errors.amount = 'amount';
    else discount = { kind: 'amount', amount };
  }

  const validFrom = utcDay((fields.validFrom ?? '').trim());
  const lastDay = utcDay((fields.validTo ?? '').trim());
  if (!fields.validFrom?.trim()) errors.validFrom = 'required';
  else if (!validFrom) errors.validFrom = 'date';
  if (!fields.validTo?.trim()) errors.validTo = 'required';
  else if (!lastDay) errors.validTo = 'date';
  else if (validFrom && lastDay < validFrom) errors.validTo = 'dateOrder';

  const minSubtotal = money(fields.minSubtotal);
  if (minSubtotal === false) errors.minSubtotal = 'money';
  const usesText = (fields.maxUses ?? '').trim();
  const maxUses = usesText === '' ? null : /^\d{1,9}$/.test(usesText) ? Number(usesText) : 0;
  if (maxUses !== null && maxUses < 1) errors.maxUses = 'maxUses';

  if (Object.keys(errors).length > 0 || !validFrom || !lastDay || minSubtotal === false) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    data: {
      code,
      discount,
      validFrom,
      validUntil: new Date(lastDay.getTime() + DAY_MS),
      active: fields.active === 'on',
      minSubtotal,
      maxUses,
    },
  };
}
