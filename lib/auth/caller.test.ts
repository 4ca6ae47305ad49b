import { describe, expect, it } from 'vitest';
import { assertDecider, operatorDecider, sandboxDecider, type KycDecider } from '@/lib/kyc/decider';
import { assertOperator, callerFromUser, operatorFromUser, type Caller } from './caller';

// Pure: no database.
describe('the operator caller', () => {
  const admin = { id: '0b9f1c9e-2f4e-4d7a-9a51-3c1f6f1d2e8a', email: 'ops@example.test', name: 'Ops', role: 'operator' as const, entityUuid: '5d0e3f4c-1111-4222-8333-944455556666' };
  const merchantUser = { ...admin, role: 'owner' as const };

  it('is made only from an operator user', () => {
    const operator = operatorFromUser(admin);
    expect(operator).toMatchObject({ kind: 'operator', type: 'user', id: admin.id });
    expect(() => assertOperator(operator)).not.toThrow();
    expect(() => operatorFromUser(merchantUser)).toThrow(expect.objectContaining({ status: 403, code: 'forbidden' }));
  });

  it('cannot be stood in for by a merchant Caller or a look-alike object, at compile time or at run time', () => {
    const merchant: Caller = callerFromUser(merchantUser);
    // @ts-expect-error a merchant Caller is not an Operator
    expect(() => operatorDecider(merchant)).toThrow(expect.objectContaining({ status: 403 }));
    // @ts-expect-error an object literal cannot carry the operator stamp
    expect(() => operatorDecider({ kind: 'operator', type: 'user', id: admin.id })).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertOperator({ ...operatorFromUser(admin) })).not.toThrow();
    expect(() => assertOperator(JSON.parse(JSON.stringify(operatorFromUser(admin))))).toThrow(expect.objectContaining({ status: 403 }));
  });

  it('decides KYC in any account, while a sandbox decider stays in its own', () => {
    expect(operatorDecider(operatorFromUser(admin))).toMatchObject({ type: 'user', id: admin.id, entityUuid: null });
    expect(sandboxDecider(callerFromUser(merchantUser))).toMatchObject({ entityUuid: merchantUser.entityUuid });
    const forged = { type: 'user', id: admin.id, entityUuid: null } as unknown as KycDecider;
    expect(() => assertDecider(forged)).toThrow(expect.objectContaining({ status: 403 }));
  });
});
