import { useCallback, useRef } from 'react';
import type { ActionResult } from '@/lib/actions/run-action';

/** What a form shows when a submit got no answer: the server may or may not have done it. */
export const UNCONFIRMED_SUBMIT = 'The connection failed before we could confirm this was saved. Submit again: it will not be done twice.';

/**
 * Submits a form that creates something with one idempotency key per attempt, so that a double
 * click or a retry after a lost answer runs once on the server and is answered with the first
 * result. The same input submitted again reuses the attempt's key; changed input, or any answer,
 * starts a new attempt. Resolves to the attempt's answer, or null for a later submit's answer to
 * an attempt the form has already shown (the same answer, with its secrets blanked).
 */
export function useSubmitOnce() {
  const attempt = useRef<{ key: string; input: string } | null>(null);
  return useCallback(async <T>(input: unknown, submit: (idempotencyKey: string) => Promise<ActionResult<T>>): Promise<ActionResult<T> | null> => {
    const fingerprint = JSON.stringify(input);
    if (attempt.current?.input !== fingerprint) attempt.current = { key: newKey(), input: fingerprint };
    const { key } = attempt.current;
    let result: ActionResult<T>;
    try {
      result = await submit(key);
    } catch {
      // No answer (network, server restart): keep the key, so the retry cannot do it twice.
      return attempt.current?.key === key ? { ok: false, error: { code: 'unconfirmed', message: UNCONFIRMED_SUBMIT, fields: {} } } : null;
    }
    if (attempt.current?.key !== key) return null;
    attempt.current = null;
    return result;
  }, []);
}

function newKey(): string {
  // randomUUID exists only in secure contexts (HTTPS, localhost); plain HTTP elsewhere still gets 128 random bits.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
