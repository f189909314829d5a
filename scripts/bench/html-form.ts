// Reads a form out of server-rendered HTML the way a browser without JavaScript submits it, and
// encodes it as that browser would: npm run bench:pages replays the cart's form posts.
// Pure string work (no DOM library): React's own markup is regular enough for it.

export type FormField = readonly [name: string, value: string];

export type HtmlForm = {
  /** The action attribute as written; undefined or '' posts to the page's own address. */
  action: string | undefined;
  method: string;
  enctype: string;
  /** What a submission sends, in document order: named inputs, minus unchecked boxes and buttons. */
  fields: FormField[];
};

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Undoes HTML escaping in attribute values (React writes &quot; &amp; &#x27; &lt; &gt;). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point =
        code[1] === 'x' || code[1] === 'X'
          ? Number.parseInt(code.slice(2), 16)
          : Number(code.slice(1));
      return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** The attributes of one start tag (`<input type="hidden" name=a value="b">`), names lower-cased. */
export function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inner = tag.replace(/^<[a-z0-9]+/i, '').replace(/\/?>$/, '');
  const pattern = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of inner.matchAll(pattern)) {
    const name = match[1]?.toLowerCase();
    // As in a browser: the first of two same-named attributes wins.
    if (name && !attributes.has(name)) {
      attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    }
  }
  return attributes;
}

const NOT_SUBMITTED = new Set(['submit', 'button', 'reset', 'image', 'file']);

/** Every <form> in the page, with the fields a plain submission sends. */
export function formsIn(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const match of html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form\s*>/gi)) {
    const attributes = tagAttributes(match[1] ?? '');
    const fields: FormField[] = [];
    for (const input of (match[2] ?? '').matchAll(/<input\b[^>]*>/gi)) {
      const field = tagAttributes(input[0]);
      const name = field.get('name');
      const type = (field.get('type') ?? 'text').toLowerCase();
      if (!name || field.has('disabled') || NOT_SUBMITTED.has(type)) continue;
      if ((type === 'checkbox' || type === 'radio') && !field.has('checked')) continue;
      fields.push([name, field.get('value') ?? (type === 'checkbox' ? 'on' : '')]);
    }
    forms.push({
      action: attributes.get('action'),
      method: (attributes.get('method') ?? 'get').toLowerCase(),
      enctype: (attributes.get('enctype') ?? 'application/x-www-form-urlencoded').toLowerCase(),
      fields,
    });
  }
  return forms;
}

/** The fields with `name` replaced by `value` (every occurrence), the rest untouched. */
export function withField(fields: readonly FormField[], name: string, value: string): FormField[] {
  return fields.map(([key, old]) => [key, key === name ? value : old] as const);
}

/** A multipart/form-data body of text fields, as a browser encodes it (RFC 7578). */
export function multipartBody(
  fields: readonly FormField[],
  boundary: string,
): { body: Buffer; contentType: string } {
  // Browsers escape quotes and line breaks in names as %22, %0D, %0A.
  const escapeName = (name: string) =>
    name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const normalize = (value: string) => value.replace(/\r\n|\r|\n/g, '\r\n');
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(normalize(name))}"\r\n\r\n${normalize(value)}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8'),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/**
 * A form's body as a browser encodes it for the form's enctype: multipart, or (the default)
 * application/x-www-form-urlencoded.
 */
export function formBody(
  form: Pick<HtmlForm, 'enctype'>,
  fields: readonly FormField[],
  boundary: string,
): { body: Buffer; contentType: string } {
  if (form.enctype === 'multipart/form-data') return multipartBody(fields, boundary);
  const query = new URLSearchParams(fields.map(([name, value]) => [name, value]));
  return {
    body: Buffer.from(query.toString(), 'utf8'),
    contentType: 'application/x-www-form-urlencoded',
  };
}
