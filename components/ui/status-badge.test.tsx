import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CHARGE_STATUSES, PAYMENT_LINK_STATUSES, VIRTUAL_DEPOSIT_STATUSES, VIRTUAL_WALLET_STATUSES, WALLET_STATUSES, WEBHOOK_DELIVERY_STATUSES } from '@/db/schema';
import ptBR from '@/messages/pt-BR.json';
import { renderInEnglish as inEnglish } from './render-in-english';
import { endpointStatus, StatusBadge, statusOptions } from './status-badge';

describe('StatusBadge', () => {
  it('labels every wallet and delivery status the database knows, in its order', () => {
    expect(statusOptions('wallet').map((o) => o.value)).toEqual([...WALLET_STATUSES]);
    expect(statusOptions('delivery').map((o) => o.value)).toEqual([...WEBHOOK_DELIVERY_STATUSES]);
    expect(statusOptions('charge').map((o) => o.value)).toEqual([...CHARGE_STATUSES]);
    expect(statusOptions('paymentLink').map((o) => o.value)).toEqual([...PAYMENT_LINK_STATUSES]);
    expect(statusOptions('virtualWallet').map((o) => o.value)).toEqual([...VIRTUAL_WALLET_STATUSES]);
    expect(statusOptions('virtualDeposit').map((o) => o.value)).toEqual([...VIRTUAL_DEPOSIT_STATUSES]);
    expect(inEnglish(<StatusBadge kind="virtualDeposit" status="refused" />)).toContain('Refused');
    expect(inEnglish(<StatusBadge kind="paymentLink" status="completed" />)).toContain('Completed');
    expect(inEnglish(<StatusBadge kind="charge" status="pre_captured" />)).toContain('Pre-authorized');
    expect(statusOptions('wallet').find((o) => o.value === 'pending_analysis')?.label).toBe('Pending analysis');
  });

  it('tells an endpoint the platform disabled for failing from one disabled by hand', () => {
    expect(endpointStatus('enabled', null)).toBe('enabled');
    expect(endpointStatus('disabled', 'manual')).toBe('disabled');
    expect(endpointStatus('disabled', 'failing')).toBe('failing');
    expect(inEnglish(<StatusBadge kind="endpoint" status="failing" />)).toContain('Disabled: failing');
    expect(inEnglish(<StatusBadge kind="kycCheck" status="passed" />)).toContain('Passed');
  });

  it('speaks the reader\'s language', () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="pt-BR" timeZone="UTC" messages={ptBR}>
        <StatusBadge kind="wallet" status="pending_analysis" />
      </NextIntlClientProvider>,
    );
    expect(html).toContain('Em análise');
  });
});
