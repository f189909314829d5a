/**
 * The form of an e-mail address that decides whether two are the same account: trimmed and
 * lower-cased (with Unicode rules, so "Ä" and "ä" match), since people type their address
 * differently from one day to the next.
 */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
