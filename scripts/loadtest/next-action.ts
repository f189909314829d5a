// What a browser with JavaScript does to call a server action, reduced to what the load needs and
// read from Next 16's own client (next/dist/client/components/router-reducer/reducers/
// server-action-reducer.js) and React's encodeReply (react-server-dom-turbopack's processReply):
// - the action's id comes from the page's scripts: a client component that imports an action gets
//   `createServerReference("<42 hex>", callServer, void 0, findSourceMapURL, "<exported name>")`;
// - the request is a POST to the page's own URL with `Next-Action: <id>`, `Accept:
//   text/x-component` and `Next-Router-State-Tree` (the page's route tree, URI-encoded JSON),
//   and a multipart body: the FormData argument's fields as `_1_<name>`, and part `0` the
//   argument list as JSON, the FormData written `"$K1"`;
// - the answer is 200 text/x-component, an RSC payload (rows `<hex id>:<model>\n`) whose row 0
//   holds the action's returned value (`"a"`), or, after redirect(), an `x-action-redirect` header
//   `<location>;push` and the target page's payload.
// Pure string work, unit-tested in next-action.test.ts against what Chromium sent to this build.
import type { FormField } from '../bench/html-form';

/** The server actions a script chunk can call, by exported name (`addToCartAction` → its id). */
export function serverReferencesIn(script: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern =
    /createServerReference\)?\(\s*"([0-9a-f]{42})"\s*,[^;]*?"([A-Za-z_$][\w$]*)"\s*\)/g;
  for (const match of script.matchAll(pattern)) {
    if (match[1] && match[2]) found.set(match[2], match[1]);
  }
  return found;
}

/** The script chunks a page's HTML or an RSC payload makes the browser load, each once. */
export function chunkPaths(text: string): string[] {
  return [...new Set(text.match(/\/_next\/static\/chunks\/[\w.~-]+\.js/g) ?? [])];
}

/**
 * The RSC payload Next inlines in a page's HTML (`self.__next_f.push([1, "…"])`, and base64 for
 * binary chunks), joined as the client joins it.
 */
export function flightOfHtml(html: string): string {
  const parts: Buffer[] = [];
  for (const match of html.matchAll(
    /<script\b[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g,
  )) {
    const [kind, data] = JSON.parse(match[1] ?? '[]') as [number, string?];
    if (kind === 1 && typeof data === 'string') parts.push(Buffer.from(data, 'utf8'));
    if (kind === 3 && typeof data === 'string') parts.push(Buffer.from(data, 'base64'));
  }
  return Buffer.concat(parts).toString('utf8');
}

/**
 * The rows of an RSC payload by id, each its model text as written (`T` text rows carry their
 * length in bytes instead of ending with a line break). A later row of the same id wins.
 */
export function flightRows(payload: string): Map<string, string> {
  const bytes = Buffer.from(payload, 'utf8');
  const rows = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.toString('utf8', at, colon);
    const text = /^T([0-9a-f]+),/.exec(bytes.toString('latin1', colon + 1, colon + 20));
    if (text?.[1] !== undefined) {
      const start = colon + 1 + text[0].length;
      const end = start + Number.parseInt(text[1], 16);
      rows.set(id, bytes.toString('utf8', start, end));
      at = end;
      continue;
    }
    const newline = bytes.indexOf(0x0a, colon);
    const end = newline < 0 ? bytes.length : newline;
    rows.set(id, bytes.toString('utf8', colon + 1, end));
    at = end + 1;
  }
  return rows;
}

function rowJson(rows: ReadonlyMap<string, string>, id: string): unknown {
  const text = rows.get(id);
  if (text === undefined) throw new Error(`the RSC payload has no row ${id}`);
  return JSON.parse(text) as unknown;
}

type TransportSegment = string | { n: string; t: string; k?: string | null };
type TransportNode = { s: TransportSegment; h?: number; c?: string | [string, TransportNode][] };

/**
 * The `Next-Router-State-Tree` header the client sends from a page whose RSC payload this is: the
 * route tree of row 0 (`"t":{"t":…}`, children as `$Q` map rows) as the client keeps it, stripped
 * as prepareFlightRouterStateForRequest strips it, JSON, URI-encoded.
 */
export function routerStateTree(rows: ReadonlyMap<string, string>): string {
  const root = rowJson(rows, '0') as { t?: { t?: TransportNode } };
  if (!root.t?.t) throw new Error('row 0 of the RSC payload has no route tree');
  const convert = (node: TransportNode, depth: number): unknown[] => {
    if (depth > 64) throw new Error('the route tree is too deep');
    const entries =
      typeof node.c === 'string' && node.c.startsWith('$Q')
        ? (rowJson(rows, node.c.slice(2)) as [string, TransportNode][])
        : Array.isArray(node.c)
          ? node.c
          : [];
    const children: Record<string, unknown> = {};
    for (const [key, child] of entries) children[key] = convert(child, depth + 1);
    const segment =
      typeof node.s === 'string' ? node.s : [node.s.n, node.s.k ?? '', node.s.t, null];
    return [segment, children, null, null, node.h ?? 0];
  };
  return encodeURIComponent(JSON.stringify(convert(root.t.t, 0)));
}

/** Resolves a model reference as React's client does for the ones actions return (`$@1`). */
function resolve(rows: ReadonlyMap<string, string>, value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith('$')) return value;
  if (value === '$undefined') return undefined;
  if (value.startsWith('$$')) return value.slice(1);
  if (value.startsWith('$@')) return rowJson(rows, value.slice(2));
  return value;
}

/** The value the action returned (row 0's `a`), or undefined when it redirected instead. */
export function actionResult(rows: ReadonlyMap<string, string>): unknown {
  const root = rowJson(rows, '0') as { a?: unknown };
  return resolve(rows, root.a);
}

/**
 * Whether the action uses its argument at `index`, as the id's first byte says
 * (next/dist/shared/lib/server-reference-info.js): bits 6-1 the first six, bit 0 any further.
 */
export function usesArgument(actionId: string, index: number): boolean {
  if (!/^[0-9a-f]{42}$/.test(actionId)) throw new Error(`not a server action id: ${actionId}`);
  const info = Number.parseInt(actionId.slice(0, 2), 16);
  if (index >= 6) return (info & 1) === 1;
  return ((info >> (6 - index)) & 1) === 1;
}

/** Where the FormData argument goes in part 0: React writes it `$K<part>` (hex). */
class FormDataPart {
  constructor(readonly part: number) {}
}

/**
 * The multipart fields a browser sends for `action(state, formData)` from useActionState (or
 * `action(formData)`): the arguments the id marks unused left out (omitUnusedArgs), the form's
 * fields prefixed `_1_`, then part `0`, the arguments as JSON. `state` must be plain JSON (React's
 * encoding of Date, Map, BigInt … is not needed here).
 */
export function actionReplyFields(
  actionId: string,
  args: readonly (readonly FormField[] | Record<string, unknown>)[],
): FormField[] {
  const fields: FormField[] = [];
  let nextPart = 1;
  const model = args.map((arg, index) => {
    if (!usesArgument(actionId, index)) return undefined;
    if (!Array.isArray(arg)) return arg;
    const part = nextPart++;
    for (const [name, value] of arg as readonly FormField[])
      fields.push([`_${part.toString(16)}_${name}`, value]);
    return new FormDataPart(part);
  });
  // Trailing unused arguments are not sent at all.
  while (model.length > 0 && !usesArgument(actionId, model.length - 1)) model.pop();
  const json = JSON.stringify(model, (_key, item: unknown) => {
    if (item instanceof FormDataPart) return `$K${item.part.toString(16)}`;
    if (item === undefined) return '$undefined';
    // React escapes a string that begins with $ by doubling the $.
    return typeof item === 'string' && item.startsWith('$') ? `$${item}` : item;
  });
  return [...fields, ['0', json]];
}
