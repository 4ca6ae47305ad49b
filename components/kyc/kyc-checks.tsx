import type { KycCheck } from '@/lib/kyc/checks';

/** The automatic checks, each with a pass/fail badge and the reason behind it. */
export function KycChecks({ checks }: { checks: KycCheck[] }) {
  return (
    <ul aria-label="Automatic checks" className="flex flex-col divide-y divide-slate-100">
      {checks.map((check) => (
        <li key={check.id} className="flex items-start gap-3 py-2">
          <span
            className={`inline-flex shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
              check.passed ? 'bg-emerald-50 text-emerald-800 ring-emerald-200' : 'bg-red-50 text-red-800 ring-red-200'
            }`}
          >
            {check.passed ? 'Passed' : 'Failed'}
          </span>
          <div>
            <p className="text-sm font-medium">{check.label}</p>
            <p className="text-xs text-slate-600">{check.detail}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
