import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The data layer is async (docs/decisions/0008-async-data-layer.md): a call to one of lib/server's
// async functions that is not awaited runs its write after the answer, or reads as a promise,
// which is truthy. @typescript-eslint/no-floating-promises would find these through the types,
// but type-aware linting of app/ and lib/server doubled the lint stage's CPU time on this machine
// (37 s -> 78 s), so this rule knows the functions by name instead: every `export async function`
// (and `export const x = cache(async ...)`) of lib/server, read from the files when the config
// loads (a few milliseconds), and a call is checked where it is imported from lib/server.

const root = path.resolve(import.meta.dirname, '..');
const serverFolder = path.join(root, 'lib/server');

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const ASYNC_EXPORT =
  /^export\s+(?:async\s+function\s*\*?\s*(\w+)|const\s+(\w+)\s*=\s*cache\(\s*async\b)/gm;

/** The names of lib/server's exported async functions. */
export function asyncServerFunctions() {
  const names = new Set();
  for (const file of sourceFiles(serverFolder)) {
    for (const match of readFileSync(file, 'utf8').matchAll(ASYNC_EXPORT)) {
      names.add(match[1] ?? match[2]);
    }
  }
  return names;
}

function isServerModule(source, filename) {
  let file;
  if (source.startsWith('@/')) file = path.join(root, source.slice(2));
  else if (source.startsWith('.')) file = path.resolve(path.dirname(filename), source);
  else return false;
  const relative = path.relative(serverFolder, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

// Wrappers that do not change what the value is.
const TRANSPARENT = new Set(['TSNonNullExpression', 'TSAsExpression', 'ChainExpression']);

/** Whether the promise a call returns is awaited, returned or handed on to be awaited. */
function isHandled(node) {
  let child = node;
  let parent = node.parent;
  while (parent && TRANSPARENT.has(parent.type)) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  switch (parent.type) {
    case 'AwaitExpression':
    case 'ReturnStatement':
      return true;
    case 'ArrowFunctionExpression':
      return parent.body === child;
    case 'UnaryExpression':
      // `void call()`: deliberately not awaited.
      return parent.operator === 'void';
    case 'ConditionalExpression':
    case 'LogicalExpression':
      // `x ? call() : other` stands where the whole expression does.
      return parent.test !== child && parent.left !== child && isHandled(parent);
    case 'ArrayExpression':
      // Promise.all([call(), ...]) and its siblings.
      return isPromiseCombinator(parent.parent);
    case 'MemberExpression':
      // call().then(...), call().catch(...)
      return (
        parent.object === child &&
        parent.property.type === 'Identifier' &&
        ['then', 'catch', 'finally'].includes(parent.property.name)
      );
    case 'CallExpression':
      // Handed to a function that awaits it (redirectOf(call()) in a test, expect(call()).rejects):
      // whether it takes a promise there is the type checker's business.
      return parent.callee !== child;
    default:
      return false;
  }
}

function isPromiseCombinator(node) {
  return (
    node?.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.object.type === 'Identifier' &&
    node.callee.object.name === 'Promise'
  );
}

export function awaitDataLayerRule(names = asyncServerFunctions()) {
  return {
    meta: {
      type: 'problem',
      messages: {
        notAwaited:
          "'{{name}}' (lib/server) returns a promise: await it (or return it, or pass it to Promise.all). Unawaited, its write runs after the answer and its result is a promise, which is always truthy.",
      },
      schema: [],
    },
    create(context) {
      const tracked = new Map();
      const ownFile = isServerModule('.', context.filename)
        ? path.resolve(context.filename)
        : undefined;
      function track(source, imported, local) {
        if (names.has(imported) && isServerModule(source, context.filename))
          tracked.set(local, imported);
      }
      return {
        ImportDeclaration(node) {
          if (node.importKind === 'type') return;
          for (const specifier of node.specifiers) {
            if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
            const imported =
              specifier.imported.type === 'Identifier'
                ? specifier.imported.name
                : specifier.imported.value;
            track(node.source.value, imported, specifier.local.name);
          }
        },
        // const { priceCart } = await import('../lib/server/cart') (the scripts' late imports)
        VariableDeclarator(node) {
          const init = node.init?.type === 'AwaitExpression' ? node.init.argument : undefined;
          if (init?.type !== 'ImportExpression' || node.id.type !== 'ObjectPattern') return;
          if (init.source.type !== 'Literal' || typeof init.source.value !== 'string') return;
          for (const property of node.id.properties) {
            if (property.type !== 'Property' || property.key.type !== 'Identifier') continue;
            if (property.value.type !== 'Identifier') continue;
            track(init.source.value, property.key.name, property.value.name);
          }
        },
        // A lib/server file calls its own exported async functions by name, before or after them.
        Program(program) {
          if (!ownFile) return;
          for (const statement of program.body) {
            const declaration =
              statement.type === 'ExportNamedDeclaration' ? statement.declaration : undefined;
            if (declaration?.type === 'FunctionDeclaration' && declaration.async && declaration.id)
              tracked.set(declaration.id.name, declaration.id.name);
          }
        },
        CallExpression(node) {
          if (node.callee.type !== 'Identifier') return;
          const name = tracked.get(node.callee.name);
          if (name === undefined || isHandled(node)) return;
          context.report({ node, messageId: 'notAwaited', data: { name: node.callee.name } });
        },
      };
    },
  };
}
