/** A labelled input with its hint and its error, tied together for screen readers. */
export function FormField({
  id,
  name,
  label,
  type = 'text',
  autoComplete,
  defaultValue,
  hint,
  error,
}: {
  id: string;
  name: string;
  label: string;
  type?: string;
  autoComplete: string;
  defaultValue?: string;
  hint?: string;
  error?: string;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className="rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-700"
      />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

export const alertClass = 'rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900';
export const noticeClass =
  'rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900';
export const primaryButtonClass =
  'self-start rounded bg-brand-700 px-6 py-3 font-medium text-white hover:bg-brand-800';
