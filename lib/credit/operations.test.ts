import { OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { describe, expect, it } from 'vitest';
import { registerOperation } from '@/lib/openapi/register-operation';
import { creditOperations } from './operations';

describe('creditOperations', () => {
  it('documents the four QI credit wallet routes with their schemas and QI errors', () => {
    const registry = new OpenAPIRegistry();
    for (const operation of creditOperations) registerOperation(registry, operation);
    const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: '3.1.0', info: { title: 't', version: '1' } });

    expect(Object.keys(document.paths ?? {}).sort()).toEqual([
      '/api/v1/credit/wallet',
      '/api/v1/credit/wallet/{wallet_key}',
      '/api/v1/credit/wallet/{wallet_key}/wallet_limit/{wallet_limit_key}',
      '/api/v1/credit/wallets',
    ]);
    const create = document.paths!['/api/v1/credit/wallet']!.post!;
    expect(Object.keys(create.responses!)).toEqual(['201', '202', '400', '401', '403', '404', '409', '422', '500', '503']);
    const schemas = document.components!.schemas!;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['CreateDefaultCreditWalletRequest', 'CreatePayrollCreditWalletRequest', 'CreditWallet', 'InvoiceConfiguration', 'QiError']),
    );
    const wallet = schemas.CreditWallet as { required: string[] };
    expect(wallet.required).toEqual([
      'request_control_key',
      'wallet_key',
      'owner_person_key',
      'owner_document_number',
      'invoice_configuration',
      'wallet_status',
      'wallet_type',
      'wallet_limits',
      'created_at',
    ]);
  });
});
