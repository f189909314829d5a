// @ts-expect-error -- Next ships React's Flight client without types; it is the reference here.
import { encodeReply } from 'next/dist/compiled/react-server-dom-turbopack/client.browser';
import {
  extractInfoFromServerReferenceId,
  omitUnusedArgs,
} from 'next/dist/shared/lib/server-reference-info';
import { describe, expect, it } from 'vitest';

import type { FormField } from '../bench/html-form';
import {
  actionReplyFields,
  actionResult,
  chunkPaths,
  flightOfHtml,
  flightRows,
  routerStateTree,
  serverReferencesIn,
  usesArgument,
} from './next-action';

// Ids of this shop's build: 60… takes (state, formData), 40… one argument, 00… none.
const ADD_TO_CART = '6019016d563a8a6886b4d0fb972f3af2f90e6230bf';
const COMPLETE_AUTHENTICATION = '406125ea250835a51073fe0d5b5c82abf7fcf04e50';
const LOGOUT = '00f215788bcb509da13ca7681b44716b3cd9aff723';

describe('serverReferencesIn', () => {
  it('finds each action a production chunk names, by its exported name', () => {
    const chunk =
      'let l=(0,o.createServerReference)("6019016d563a8a6886b4d0fb972f3af2f90e6230bf",o.callServer,void 0,' +
      'o.findSourceMapURL,"addToCartAction");var d=e.i(94725);' +
      'let p=(0,o.createServerReference)("6035c3bd5f8955c0f0710b9c055f2ff8b938a9b9c0",o.callServer,void 0,' +
      'o.findSourceMapURL,"updateCartLineAction"),q="6088e9b4999c07c5d11a2070d92d480a7f16dbe17e";';
    expect(serverReferencesIn(chunk)).toEqual(
      new Map([
        ['addToCartAction', ADD_TO_CART],
        ['updateCartLineAction', '6035c3bd5f8955c0f0710b9c055f2ff8b938a9b9c0'],
      ]),
    );
    expect(serverReferencesIn('createServerReference("abc",x,"short")').size).toBe(0);
  });
});

describe('chunkPaths', () => {
  it('lists the script chunks of HTML and of an RSC payload once each, in order', () => {
    const text =
      '<script src="/_next/static/chunks/3qfy96eoyh-ek.js" async=""></script>' +
      '<link rel="stylesheet" href="/_next/static/chunks/37y2dyvlwce_5.css">' +
      '2:"/_next/static/chunks/05hvapg_x3wsj.js"\n3:"/_next/static/chunks/3qfy96eoyh-ek.js"\n';
    expect(chunkPaths(text)).toEqual([
      '/_next/static/chunks/3qfy96eoyh-ek.js',
      '/_next/static/chunks/05hvapg_x3wsj.js',
    ]);
  });
});

describe('flightOfHtml and flightRows', () => {
  it("joins the page's inline payload, text and base64 chunks, and skips the bootstrap", () => {
    const html =
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
      '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n0:{\\"a\\":\\"\\u003cb\\u003e"])</script>' +
      `<script nonce="n">self.__next_f.push([3,"${Buffer.from('"}\n').toString('base64')}"])</script>`;
    const payload = flightOfHtml(html);
    expect(payload).toBe('1:"$Sreact.fragment"\n0:{"a":"<b>"}\n');
    expect(flightRows(payload)).toEqual(
      new Map([
        ['1', '"$Sreact.fragment"'],
        ['0', '{"a":"<b>"}'],
      ]),
    );
  });

  it('reads text rows by their length in bytes, hints without an id, a last row without a line break', () => {
    const text = 'Zwei Zeilen:\nä€😀';
    const payload =
      `:HL["/_next/static/chunks/a.css","style"]\n` +
      `5:T${Buffer.byteLength(text).toString(16)},${text}` +
      `6:"after"\n6:"later wins"\n7:{"x":1}`;
    const rows = flightRows(payload);
    expect(rows.get('5')).toBe(text);
    expect(rows.get('6')).toBe('"later wins"');
    expect(rows.get('7')).toBe('{"x":1}');
    expect(rows.get('')).toBe('HL["/_next/static/chunks/a.css","style"]');
  });
});

// The rows of the payload that answered an action on /en/cart (their render data cut short),
// and the header Chromium sent from that page.
const CART_PAYLOAD =
  '0:{"a":"$@1","q":"","i":false,"t":{"t":{"s":"","h":16,"d":{"r":null,"p":false},"c":"$Q6"}}}\n' +
  '1:{"status":"success","message":"Cart updated.","note":"$$5 off"}\n' +
  '6:[["children",{"s":{"n":"locale","t":"d","k":"en","s":["api","media"]},"d":{"r":null},"c":"$Q8"}]]\n' +
  '8:[["children",{"s":"cart","d":{"r":null},"c":"$Qa"}]]\n' +
  'a:[["children",{"s":"__PAGE__","d":{"r":null}}]]\n';
const CART_TREE_FROM_CHROMIUM =
  '%5B%22%22%2C%7B%22children%22%3A%5B%5B%22locale%22%2C%22en%22%2C%22d%22%2Cnull%5D%2C%7B%22children%22%3A%5B%22cart%22%2C%7B%22children%22%3A%5B%22__PAGE__%22%2C%7B%7D%2Cnull%2Cnull%2C0%5D%7D%2Cnull%2Cnull%2C0%5D%7D%2Cnull%2Cnull%2C0%5D%7D%2Cnull%2Cnull%2C16%5D';

describe('routerStateTree', () => {
  it('gives the Next-Router-State-Tree header the browser sends from the page', () => {
    expect(routerStateTree(flightRows(CART_PAYLOAD))).toBe(CART_TREE_FROM_CHROMIUM);
  });

  it('refuses a payload without a route tree', () => {
    expect(() => routerStateTree(flightRows('0:{"a":"$@1"}\n'))).toThrow(/no route tree/);
    expect(() => routerStateTree(flightRows('1:{}\n'))).toThrow(/no row 0/);
  });
});

describe('actionResult', () => {
  it("reads the action's returned state from the row that row 0 points to, $$ unescaped", () => {
    expect(actionResult(flightRows(CART_PAYLOAD))).toEqual({
      status: 'success',
      message: 'Cart updated.',
      note: '$$5 off',
    });
    expect(actionResult(flightRows('0:{"a":"$$5"}\n'))).toBe('$5');
  });

  it('is undefined after a redirect, whose payload is the next page without "a"', () => {
    expect(actionResult(flightRows('0:{"q":"","t":{"t":{"s":""}}}\n'))).toBeUndefined();
  });
});

describe('usesArgument', () => {
  it("reads the id's first byte as Next's client reads it", () => {
    for (const id of [
      ADD_TO_CART,
      COMPLETE_AUTHENTICATION,
      LOGOUT,
      `7f${ADD_TO_CART.slice(2)}`,
      `81${ADD_TO_CART.slice(2)}`,
    ]) {
      const info = extractInfoFromServerReferenceId(id);
      for (let index = 0; index < 8; index += 1)
        expect(usesArgument(id, index), `${id.slice(0, 2)} argument ${index}`).toBe(
          index < 6 ? info.usedArgs[index] : info.hasRestArgs,
        );
    }
    expect(() => usesArgument('60abc', 0)).toThrow(/not a server action id/);
  });
});

/** What React's own encodeReply sends for the same call, as Next's client makes it. */
async function reactReply(id: string, args: unknown[]): Promise<FormField[]> {
  const used = omitUnusedArgs(args, extractInfoFromServerReferenceId(id));
  const reply = (await encodeReply(used)) as FormData | string;
  if (typeof reply === 'string') return [['0', reply]];
  return [...reply.entries()].map(([name, value]) => [name, String(value)] as const);
}

const formData = (fields: readonly FormField[]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

describe('actionReplyFields', () => {
  const fields: FormField[] = [
    ['productId', '7'],
    ['quantity', '1'],
    ['_js', '1'],
  ];

  it('encodes (state, formData) as Chromium sent it to this shop for add to cart', () => {
    expect(actionReplyFields(ADD_TO_CART, [{ status: 'idle' }, fields])).toEqual([
      ['_1_productId', '7'],
      ['_1_quantity', '1'],
      ['_1__js', '1'],
      ['0', '[{"status":"idle"},"$K1"]'],
    ]);
  });

  it("matches React's encodeReply, unused arguments left out, $ escaped", async () => {
    const hidden: FormField[] = [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', '{"id":"x","bound":"$@1"}'],
      ['email', 'a@example.com'],
    ];
    const state = { problem: '$tooMany', values: { city: 'Köln' }, minutes: 3, done: false };
    for (const [id, args] of [
      [ADD_TO_CART, [state, hidden]],
      [ADD_TO_CART, [{}, fields]],
      [COMPLETE_AUTHENTICATION, [hidden]],
      [COMPLETE_AUTHENTICATION, [hidden, { unused: true }]],
      [`20${ADD_TO_CART.slice(2)}`, [{ unused: true }, fields]],
    ] as const) {
      const ours = actionReplyFields(id, args);
      const theirs = await reactReply(
        id,
        args.map((arg) => (Array.isArray(arg) ? formData(arg as FormField[]) : arg)),
      );
      expect(ours).toEqual(theirs);
    }
  });

  it('sends only part 0 for an action that takes nothing', () => {
    expect(actionReplyFields(LOGOUT, [fields])).toEqual([['0', '[]']]);
  });
});
