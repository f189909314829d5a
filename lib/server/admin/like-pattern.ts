import 'server-only';

/**
 * A LIKE pattern that finds `query` anywhere in a value lower-cased by the connection's Unicode
 * lower(): `%` and `_` typed by staff are literal, so use it with `escape '\'`.
 */
export function containsPattern(query: string): string {
  return `%${query.toLowerCase().replace(/[%_\\]/g, (char) => `\\${char}`)}%`;
}
