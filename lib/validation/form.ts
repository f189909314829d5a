import type { z } from 'zod';

/**
 * How every form is read (docs/architecture.md, "Writing a form action"): `formFields` turns the
 * post into text fields, a zod schema whose messages are error codes checks them, and `parseForm`
 * answers with the data or with each field's first error at once, so the visitor fixes the whole
 * form in one go. The page shows each code in the visitor's language.
 */

/** The text fields of a post (files and Next's own `$ACTION…` fields left out). */
export function formFields(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData.entries()].flatMap(([key, value]) =>
      typeof value === 'string' && !key.startsWith('$ACTION') ? [[key, value]] : [],
    ),
  );
}

/** Each field's first error code; the field names are the form's own. */
export type FieldErrors<Field extends string, Code extends string> = Partial<Record<Field, Code>>;

export type FormParse<Input, Field extends string, Code extends string> =
  { ok: true; data: Input } | { ok: false; errors: FieldErrors<Field, Code> };

type IssuePath = readonly PropertyKey[];

/** A flat schema's field: the first step of the issue's path. */
export const topField = (path: IssuePath): string => String(path[0]);

/**
 * A field of a schema nested per language ({ en: { name } }) as the form posts it: "name-en".
 * A field outside the languages (price) keeps its own name.
 */
export const translatedField = (path: IssuePath): string => {
  const [outer, inner] = path;
  return typeof inner === 'string' ? `${inner}-${String(outer)}` : String(outer);
};

/**
 * Every field's first error at once. `Code` is the union of the error codes the schema's messages
 * use (`{ error: 'required' }`); `fieldOf` names the field of an issue when the schema's shape is
 * not the form's (translatedField).
 */
export function parseForm<
  Input,
  Code extends string,
  Field extends string = Extract<keyof Input, string>,
>(
  schema: z.ZodType<Input>,
  input: unknown,
  fieldOf: (path: IssuePath) => string = topField,
): FormParse<Input, Field, Code> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors<Field, Code> = {};
  for (const issue of result.error.issues) {
    errors[fieldOf(issue.path) as Field] ??= issue.message as Code;
  }
  return { ok: false, errors };
}

/** Each of `names` as posted, '' when missing: what a refused form shows again. */
export function pickFields<Name extends string>(
  fields: Record<string, string>,
  names: readonly Name[],
): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, fields[name] ?? ''])) as Record<
    Name,
    string
  >;
}
