'use client';

import { useActionState, useState, useSyncExternalStore } from 'react';

import { ENHANCED_FIELD } from '@/lib/validation/enhanced-field';

const subscribeNever = () => () => {};

/**
 * The one hook for a form that calls a server action: every form of the shop uses it (see "Writing
 * a form action" in docs/architecture.md). It answers [state, action, form]: the action's latest
 * state, the <form>'s action, and, to spread on a <form> given a `permalink`, the action with the
 * method of a plain post.
 *
 * - Plain (no `optimistic`): React's useActionState. With or without JavaScript the form posts to
 *   the server action, which redirects after success (303) or answers with its state (the errors
 *   and the values to show again); with JavaScript the page is not reloaded, and SubmitButton
 *   shows it pending. The account, checkout, payment and admin forms.
 * - `optimistic`: for a change the page shows before the server answers (adding to the cart on a
 *   product page: the header's count). Before hydration (or with JavaScript off) it is the plain
 *   form above; once hydrated, the browser calls the action itself with the ENHANCED_FIELD set,
 *   runs `optimistic` first and `done` with the answer, and the action answers with its state
 *   instead of redirecting (isEnhanced).
 * - `permalink`: before hydration the form is a plain post to that address instead of to the
 *   action (adding to the cart: lib/server/cart-post.ts), which answers the same way.
 */
export function useProgressiveAction<State extends object>(
  serverAction: (state: State, formData: FormData) => Promise<State>,
  initialState: State,
  hooks: {
    optimistic?: (formData: FormData) => void;
    done?: (state: State) => void;
    permalink?: string;
  } = {},
) {
  const [serverState, serverDispatch] = useActionState<State, FormData>(
    serverAction,
    // A plain object state is its own awaited type; TypeScript cannot see that for a generic.
    initialState as Awaited<State>,
  );
  const [clientState, setClientState] = useState<State | null>(null);
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const state = clientState ?? serverState;

  async function clientAction(formData: FormData) {
    hooks.optimistic?.(formData);
    formData.set(ENHANCED_FIELD, '1');
    const next = await serverAction(state, formData);
    setClientState(next);
    hooks.done?.(next);
  }

  const action =
    hydrated && hooks.optimistic
      ? clientAction
      : !hydrated && hooks.permalink
        ? hooks.permalink
        : serverDispatch;
  const form =
    typeof action === 'string'
      ? { action, method: 'post' as const }
      : { action, method: undefined };
  return [state, action, form] as const;
}
