'use client';

import { useActionState, useState, useSyncExternalStore } from 'react';

import { ENHANCED_FIELD } from '@/lib/validation/enhanced-field';

const subscribeNever = () => () => {};

/**
 * A form action that works in both worlds. Before hydration (or with JavaScript off) the form posts
 * to the server action itself, which redirects after success (303) or renders its error state;
 * or, given a `permalink`, it is a plain form post to that address, which answers the same way
 * (the cart's forms: lib/server/cart-post.ts). Once hydrated, the form calls the action from the
 * browser: optimistic updates first, then the action, which answers with its state instead of
 * redirecting. Spread the third value, `form`, on the <form>: it has the action and, for a plain
 * post, the method.
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

  const action = hydrated ? clientAction : (hooks.permalink ?? serverDispatch);
  const form =
    typeof action === 'string'
      ? { action, method: 'post' as const }
      : { action, method: undefined };
  return [state, action, form] as const;
}
