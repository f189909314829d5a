'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

/** A submit button that shows it is working while its form's action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  className,
  label,
}: {
  children: ReactNode;
  pendingLabel?: string;
  className?: string;
  label?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      aria-label={label}
      className={`${className ?? ''} disabled:cursor-wait disabled:opacity-70`}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
