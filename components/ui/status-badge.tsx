import { useTranslations } from 'next-intl';
import type { ChargeStatus, PaymentLinkStatus, VirtualDepositStatus, VirtualWalletStatus, WalletStatus, WebhookDeliveryStatus } from '@/db/schema';

type Tone = 'success' | 'warning' | 'danger' | 'neutral';

const TONES: Record<Tone, string> = {
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  warning: 'bg-amber-50 text-amber-800 ring-amber-200',
  danger: 'bg-red-50 text-red-800 ring-red-200',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-300',
};

/**
 * Every status the dashboard shows, by the kind of thing it belongs to: its English label and its
 * tone. The badge itself speaks the reader's language (`status.<kind>.<status>` in the messages).
 */
const STATUSES = {
  wallet: {
    pending_analysis: ['Pending analysis', 'warning'],
    active: ['Active', 'success'],
    rejected: ['Rejected', 'danger'],
    deactivated: ['Deactivated', 'neutral'],
  } satisfies Record<WalletStatus, [string, Tone]>,
  delivery: {
    pending: ['Pending', 'warning'],
    succeeded: ['Succeeded', 'success'],
    failed: ['Failed', 'danger'],
  } satisfies Record<WebhookDeliveryStatus, [string, Tone]>,
  // An endpoint the platform switched off after persistent failures reads differently from one the merchant disabled.
  endpoint: {
    enabled: ['Enabled', 'success'],
    disabled: ['Disabled', 'neutral'],
    failing: ['Disabled: failing', 'danger'],
  },
  kycCheck: {
    passed: ['Passed', 'success'],
    failed: ['Failed', 'danger'],
  },
  // A55's charge statuses (reference A.4), in the database's order.
  charge: {
    issued: ['Issued', 'neutral'],
    pending: ['Pending', 'warning'],
    confirmed: ['Confirmed', 'success'],
    pre_captured: ['Pre-authorized', 'warning'],
    paid: ['Paid', 'success'],
    refunded: ['Refunded', 'neutral'],
    refund_error: ['Refund error', 'danger'],
    pre_chargeback_resolution: ['Pre-chargeback resolution', 'warning'],
    chargeback: ['Chargeback', 'danger'],
    chargeback_requested: ['Chargeback requested', 'warning'],
    chargeback_reversed: ['Chargeback reversed', 'success'],
    chargeback_refunded: ['Chargeback refunded', 'neutral'],
    canceled: ['Canceled', 'neutral'],
    error: ['Error', 'danger'],
  } satisfies Record<ChargeStatus, [string, Tone]>,
  // A payment link's status as it stands now (its expiry and its payments read as well as its switch).
  paymentLink: {
    active: ['Active', 'success'],
    inactive: ['Inactive', 'neutral'],
    expired: ['Expired', 'warning'],
    completed: ['Completed', 'neutral'],
  } satisfies Record<PaymentLinkStatus, [string, Tone]>,
  virtualWallet: {
    active: ['Active', 'success'],
    deactivated: ['Deactivated', 'neutral'],
  } satisfies Record<VirtualWalletStatus, [string, Tone]>,
  // A refused deposit moved nothing: the provider returns it to the payer.
  virtualDeposit: {
    credited: ['Credited', 'success'],
    refused: ['Refused', 'danger'],
  } satisfies Record<VirtualDepositStatus, [string, Tone]>,
} as const;

export type StatusKind = keyof typeof STATUSES;
export type StatusOf<K extends StatusKind> = keyof (typeof STATUSES)[K] & string;

export function statusLabel<K extends StatusKind>(kind: K, status: StatusOf<K>): string {
  return (STATUSES[kind] as Record<string, readonly [string, Tone]>)[status]![0];
}

/** A filter's options for every status of a kind, labelled as the badges are. */
export function statusOptions<K extends StatusKind>(kind: K): { value: StatusOf<K>; label: string }[] {
  return (Object.keys(STATUSES[kind]) as StatusOf<K>[]).map((status) => ({ value: status, label: statusLabel(kind, status) }));
}

/** The badge an endpoint shows: disabled by the platform for failing, or by hand. */
export function endpointStatus(status: 'enabled' | 'disabled', reason: 'manual' | 'failing' | null): StatusOf<'endpoint'> {
  return status === 'disabled' && reason === 'failing' ? 'failing' : status;
}

/** One badge for every status: wallets, virtual wallets and their deposits, charges, payment links, KYC checks, webhook deliveries and endpoints. */
export function StatusBadge<K extends StatusKind>({ kind, status }: { kind: K; status: StatusOf<K> }) {
  const t = useTranslations('status');
  const tone = (STATUSES[kind] as Record<string, readonly [string, Tone]>)[status]![1];
  const label = t(`${kind}.${status}` as Parameters<typeof t>[0]);
  return <span className={`inline-flex shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>{label}</span>;
}
