import { describe, expect, it } from 'vitest';
import { renderInEnglish } from '@/components/ui/render-in-english';
import type { AuditRow } from '@/lib/audit/queries';
import { AuditFilterForm } from './audit-filter-form';
import { AuditTable } from './audit-table';

const row = (overrides: Partial<AuditRow>): AuditRow => ({
  id: '1',
  entityUuid: '7d8da016-d332-46af-8520-c604fbbdc75b',
  accountName: 'Padaria Souza',
  actorType: 'user',
  actorId: '6e192d13-d17f-4aac-bbbd-9ea797a4766b',
  actorName: 'Ana Lima',
  actorEmail: 'ana@example.test',
  action: 'member.role_changed',
  subjectType: 'user',
  subjectId: 'c0ffee00-0000-4000-8000-000000000000',
  data: { from: 'viewer', to: 'finance' },
  requestId: 'req_123',
  createdAt: new Date('2026-12-05T09:55:25Z'),
  ...overrides,
});

describe('AuditTable', () => {
  it('names actions and actors for people, keeping the raw action, and the account only for operators', () => {
    const html = renderInEnglish(<AuditTable rows={[row({})]} />);
    expect(html).toContain("Member&#x27;s role changed");
    expect(html).toContain('member.role_changed');
    expect(html).toContain('Ana Lima');
    expect(html).toContain('ana@example.test');
    expect(html).toContain('req_123');
    expect(html).not.toContain('Padaria Souza');
    expect(renderInEnglish(<AuditTable rows={[row({})]} showAccount />)).toContain('Padaria Souza');
  });

  it('shows an unknown action as recorded and a removed user or API client by id', () => {
    const html = renderInEnglish(
      <AuditTable
        rows={[
          row({ id: '2', action: 'account.renamed', subjectType: 'thing', actorName: null, actorEmail: null }),
          row({ id: '3', actorType: 'api_client', actorId: 'client_abc', actorName: null, actorEmail: null, data: {}, requestId: null }),
        ]}
      />,
    );
    expect(html).toContain('account.renamed');
    expect(html).toContain('thing');
    expect(html).toContain('Removed user');
    expect(html).toContain('6e192d13-d17f-4aac-bbbd-9ea797a4766b');
    expect(html).toContain('API client');
    expect(html).toContain('client_abc');
  });
});

describe('AuditFilterForm', () => {
  it('offers each family and its actions, and keeps an unknown action from the URL chosen', () => {
    const html = renderInEnglish(<AuditFilterForm filters={{ action: 'account.renamed' }} clearHref="/dashboard/audit" />);
    expect(html).toContain('<optgroup label="Team members"><option value="member.">Team members: all</option>');
    expect(html).toContain('<option value="account.renamed" selected="">account.renamed</option>');
    expect(html).not.toContain('name="entity_uuid"');
  });
});
