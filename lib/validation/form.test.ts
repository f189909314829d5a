import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { formFields, parseForm, pickFields, translatedField } from './form';

type Code = 'required' | 'tooLong' | 'email';

const text = z.string({ error: 'required' }).trim().min(1, { error: 'required' });
const contact = z.object({
  name: text.max(5, { error: 'tooLong' }),
  email: text.pipe(z.email({ error: 'email' })),
});

describe('formFields', () => {
  it("keeps the text fields and leaves out files and Next's own action fields", () => {
    const data = new FormData();
    data.set('name', 'Anna');
    data.set('empty', '');
    data.set('$ACTION_ID_abc', '');
    data.set('image', new File(['x'], 'x.png'));
    expect(formFields(data)).toEqual({ name: 'Anna', empty: '' });
  });

  it('keeps the last value of a field posted twice', () => {
    const data = new FormData();
    data.append('quantity', '1');
    data.append('quantity', '2');
    expect(formFields(data)).toEqual({ quantity: '2' });
  });
});

describe('parseForm', () => {
  it('answers with the parsed data when every field is right', () => {
    expect(
      parseForm<z.infer<typeof contact>, Code>(contact, { name: ' Anna ', email: 'a@b.co' }),
    ).toEqual({ ok: true, data: { name: 'Anna', email: 'a@b.co' } });
  });

  it('gives every field its first error at once', () => {
    expect(parseForm<z.infer<typeof contact>, Code>(contact, { name: '', email: 'nope' })).toEqual({
      ok: false,
      errors: { name: 'required', email: 'email' },
    });
    // "" fails min(1) and then nothing else: the first error is the one the visitor sees.
    expect(parseForm<z.infer<typeof contact>, Code>(contact, {})).toEqual({
      ok: false,
      errors: { name: 'required', email: 'required' },
    });
  });

  it('names the fields of a schema nested per language as the form posts them', () => {
    const translated = z.object({
      price: text,
      en: z.object({ name: text }),
      ru: z.object({ name: text.max(5, { error: 'tooLong' }) }),
    });
    const input = { price: '', en: { name: '' }, ru: { name: 'слишком длинно' } };
    expect(
      parseForm<z.infer<typeof translated>, Code, string>(translated, input, translatedField),
    ).toEqual({
      ok: false,
      errors: { price: 'required', 'name-en': 'required', 'name-ru': 'tooLong' },
    });
  });
});

describe('pickFields', () => {
  it('gives each named field as posted, and an empty one for a missing field', () => {
    expect(pickFields({ name: 'Anna', extra: 'x' }, ['name', 'email'])).toEqual({
      name: 'Anna',
      email: '',
    });
  });
});
