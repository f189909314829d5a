'use client';

import type { ReactNode } from 'react';

/**
 * A whole-number quantity field with its label. The forms around it set noValidate: the server's
 * message, in the visitor's language, says what is wrong, next to the field (errorId).
 */
export function QuantityInput({
  id,
  label,
  min,
  max,
  defaultValue,
  invalid,
  errorId,
  compact = false,
}: {
  id: string;
  label: ReactNode;
  min: number;
  max: number;
  defaultValue: string | number;
  invalid: boolean;
  errorId?: string;
  compact?: boolean;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={compact ? 'text-xs' : 'text-sm font-medium'}>
        {label}
      </label>
      <input
        id={id}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        required
        defaultValue={defaultValue}
        aria-invalid={invalid || undefined}
        aria-describedby={errorId}
        className={`${compact ? 'w-20 px-2 py-1' : 'w-24 px-3 py-2'} rounded border border-stone-400 aria-invalid:border-red-700`}
      />
    </div>
  );
}
