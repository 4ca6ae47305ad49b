'use client';

import { useEffect, useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';

export interface ChallengeTexts {
  authenticate: string;
  fail: string;
  working: string;
  passed: string;
  failed: string;
  unknown: string;
  redirecting: string;
  continue: string;
}

type Outcome = { kind: 'passed' | 'failed' | 'unknown'; detail?: string };

/** How long the result stays on screen before the payer is sent back to the merchant. */
const REDIRECT_AFTER_MS = 2500;

/**
 * The sandbox's 3DS challenge: the payer passes or fails it, the browser posts the answer to the
 * public challenge route, shows the outcome and then returns to the merchant's `redirect_url`.
 */
export function ThreeDsChallenge({ chargeUuid, redirectUrl, texts }: { chargeUuid: string; redirectUrl: string | null; texts: ChallengeTexts }) {
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (!outcome || !redirectUrl) return;
    const timer = setTimeout(() => window.location.assign(redirectUrl), REDIRECT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [outcome, redirectUrl]);

  async function answer(passed: boolean) {
    setWorking(true);
    try {
      const response = await fetch(`/api/v1/bank/public/charge/${chargeUuid}/3ds`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ passed }),
      });
      const body = (await response.json()) as { status?: string; message?: { description: string }[] | null };
      const authorized = response.ok && (body.status === 'confirmed' || body.status === 'pre_captured');
      setOutcome({ kind: authorized ? 'passed' : response.ok ? 'failed' : 'unknown', detail: body.message?.[0]?.description });
    } catch {
      setOutcome({ kind: 'unknown' });
    } finally {
      setWorking(false);
    }
  }

  if (outcome) {
    return (
      <div role="status" className="flex flex-col gap-3">
        <p className={`text-lg font-semibold ${outcome.kind === 'passed' ? 'text-emerald-700' : 'text-red-700'}`}>{texts[outcome.kind]}</p>
        {outcome.detail && outcome.kind !== 'passed' ? <p className="text-sm text-slate-600">{outcome.detail}</p> : null}
        {redirectUrl ? (
          <p className="text-sm text-slate-600">
            {texts.redirecting}{' '}
            <a href={redirectUrl} className="text-brand-700 hover:underline">
              {texts.continue}
            </a>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-3">
      <button type="button" className={buttonClass} disabled={working} onClick={() => answer(true)}>
        {working ? texts.working : texts.authenticate}
      </button>
      <button type="button" className={secondaryButtonClass} disabled={working} onClick={() => answer(false)}>
        {texts.fail}
      </button>
    </div>
  );
}
