import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  chromeMessages,
  pickMessages,
  sectionMessages,
  type MessageTree,
  type Section,
} from './client-messages';
import en from './messages/en.json';
import ru from './messages/ru.json';

const root = path.resolve(import.meta.dirname, '../..');
const localeDir = path.join(root, 'app/[locale]');
const sections = Object.keys(sectionMessages) as Section[];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

const isClient = (source: string) => /^\s*['"]use client['"]/.test(source);

/** Relative and @/ imports that resolve to a source file: a client file's imports run in the browser too. */
function imports(file: string, source: string): string[] {
  return [...source.matchAll(/from '((?:\.{1,2}|@)\/[^']+)'/g)].flatMap(([, spec]) => {
    const base = spec!.startsWith('@/')
      ? path.join(root, spec!.slice(2))
      : path.resolve(path.dirname(file), spec!);
    const found = ['.tsx', '.ts', '/index.tsx', '/index.ts'].map((ext) => base + ext);
    return found.filter((candidate) => existsSync(candidate));
  });
}

/** Where a client file is rendered: the deepest section folder holding it, else only the chrome. */
function sectionOf(file: string): Section | undefined {
  const relative = path.relative(localeDir, file).split(path.sep).join('/');
  return sections
    .filter((section) => relative.startsWith(`${section}/`))
    .sort((a, b) => b.length - a.length)[0];
}

type Use = { file: string; key: string; whole: boolean };

/**
 * The message keys a file translates: `const t = useTranslations('NS')`, then t('key'), t(`key.${x}`)
 * (the static prefix) or t(expression) (the whole namespace). A use the scan cannot follow fails.
 */
function keysUsed(file: string, source: string): Use[] {
  const hooks = [...source.matchAll(/const (\w+) = useTranslations\((?:'([\w.]+)')?\)/g)];
  const hookCalls = source.match(/useTranslations\(/g)?.length ?? 0;
  if (hookCalls !== hooks.length || /\buseMessages\(/.test(source)) {
    return [{ file, key: '(a translation hook this test cannot follow)', whole: false }];
  }
  return hooks.flatMap(([, name, namespace = '']) =>
    [...source.matchAll(new RegExp(`\\b${name}(?:\\.\\w+)?\\(\\s*([^,)]*)`, 'g'))].map(
      ([, arg = '']): Use => {
        const join = (key: string) => [namespace, key].filter(Boolean).join('.');
        const literal = /^'([\w.]+)'$/.exec(arg.trim());
        if (literal) return { file, key: join(literal[1]!), whole: false };
        const template = /^`([\w.]*)\$\{/.exec(arg.trim());
        const prefix = template?.[1]?.slice(0, template[1].lastIndexOf('.'));
        if (prefix) return { file, key: join(prefix), whole: true };
        return { file, key: namespace, whole: true };
      },
    ),
  );
}

/** Every key the client code under app/ translates, with the section that must provide it. */
function clientUses(): (Use & { section: Section | undefined })[] {
  const sources = new Map(
    sourceFiles(path.join(root, 'app')).map((f) => [f, readFileSync(f, 'utf8')]),
  );
  return [...sources]
    .filter(([, source]) => isClient(source))
    .flatMap(([file]) => {
      const section = sectionOf(file);
      const reached = new Set([file]);
      for (const current of reached) {
        for (const imported of imports(current, sources.get(current) ?? '')) reached.add(imported);
      }
      return [...reached]
        .filter((reachedFile) => sources.has(reachedFile))
        .flatMap((reachedFile) => keysUsed(reachedFile, sources.get(reachedFile)!))
        .map((use) => ({ ...use, section }));
    });
}

/** A key is covered by itself or an ancestor; a computed key's prefix needs its whole subtree. */
const covers = (paths: readonly string[], key: string) =>
  paths.some((p) => key === p || key.startsWith(`${p}.`));

describe('client messages', () => {
  it('list only keys that exist in every language', () => {
    const has = (messages: MessageTree, key: string) =>
      key
        .split('.')
        .reduce<MessageTree | string | undefined>(
          (node, part) => (typeof node === 'object' ? node[part] : undefined),
          messages,
        ) !== undefined;
    const listed = [...chromeMessages, ...Object.values(sectionMessages).flat()];
    for (const messages of [en, ru]) {
      expect(listed.filter((key) => !has(messages, key))).toEqual([]);
    }
  });

  it('cover every key a client component translates, in the section that renders it', () => {
    const uses = clientUses();
    // The scan must see the client components; an empty scan would prove nothing.
    expect(uses).toContainEqual(
      expect.objectContaining({ key: 'AddToCart.add', section: 'products', whole: false }),
    );
    expect(uses).toContainEqual(
      expect.objectContaining({ key: 'Checkout.errors', section: 'checkout', whole: true }),
    );
    const missing = uses
      .filter(({ key, section }) => {
        const paths = [...chromeMessages, ...(section ? sectionMessages[section] : [])];
        return !covers(paths, key);
      })
      .map(({ file, key }) => `${path.relative(root, file)}: ${key}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('have a layout.tsx that provides each section', () => {
    for (const section of sections) {
      const layout = path.join(localeDir, section, 'layout.tsx');
      expect(existsSync(layout), layout).toBe(true);
      expect(readFileSync(layout, 'utf8')).toContain(`section="${section}"`);
    }
  });
});

describe('pickMessages', () => {
  const messages = { Cart: { title: 'Cart', total: 'Total' }, Layout: { cart: 'Cart' } };

  it('keeps the listed namespaces and keys, and nothing else', () => {
    expect(pickMessages(messages, ['Cart.total', 'Layout'])).toEqual({
      Cart: { total: 'Total' },
      Layout: { cart: 'Cart' },
    });
  });

  it('skips a path that is not in the catalogue', () => {
    expect(pickMessages(messages, ['Cart.nothing', 'Nowhere.key'])).toEqual({});
  });
});
