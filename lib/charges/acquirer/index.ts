import type { Env } from '@/lib/env';
import type { Acquirer, AcquirerAnswer, AuthorizationResult } from './acquirer';
import { isSandboxTestCard, sandboxAcquirer } from './sandbox';

export type { Acquirer, AcquirerAnswer, AuthorizationRequest, AuthorizationResult, DeclineCode } from './acquirer';
export { isSandboxTestCard, sandboxAcquirer, SANDBOX_READY_CARDS } from './sandbox';

const NOT_CONFIGURED = 'No acquirer is configured';

const notConfigured: AuthorizationResult = { outcome: 'declined', code: 'PROCESSING_ERROR', responseCode: '96', message: NOT_CONFIGURED, acquirerReference: null };
const refused: AcquirerAnswer = { ok: false, code: 'PROCESSING_ERROR', message: NOT_CONFIGURED };

/**
 * Production until a real acquirer is integrated: a real acquirer adapter plugs in here, behind
 * the same interface. Meanwhile it fails safe: no card is ever reported authorized, and the
 * sandbox's cards are named as what they are, as A.11 says production must refuse them.
 */
export const unconfiguredAcquirer: Acquirer = {
  name: 'unconfigured',

  async authorize(request) {
    if (isSandboxTestCard(request.card.number)) {
      return { outcome: 'declined', code: 'INVALID_CARD', responseCode: '14', message: 'Test cards are not accepted in production', acquirerReference: null };
    }
    return notConfigured;
  },

  async completeChallenge() {
    return notConfigured;
  },

  async capture() {
    return refused;
  },

  async void() {
    return refused;
  },

  async refund() {
    return refused;
  },
};

/** The acquirer a deployment charges cards through: the sandbox everywhere but production. */
export function acquirerFor(appEnv: Env['APP_ENV']): Acquirer {
  return appEnv === 'production' ? unconfiguredAcquirer : sandboxAcquirer;
}
