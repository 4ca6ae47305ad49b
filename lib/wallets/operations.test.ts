import { OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { describe, expect, it } from 'vitest';
import { registerOperation } from '@/lib/openapi/register-operation';
import { walletOperations } from './operations';

describe('walletOperations', () => {
  it('documents every payment wallet route with its schemas and the A55 errors', () => {
    const registry = new OpenAPIRegistry();
    for (const operation of walletOperations) registerOperation(registry, operation);
    const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: '3.1.0', info: { title: 't', version: '1' } });

    expect(Object.keys(document.paths ?? {}).sort()).toEqual([
      '/api/v1/bank/wallet/',
      '/api/v1/bank/wallet/{wallet_uuid}/',
      '/api/v1/bank/wallet/{wallet_uuid}/deactivate/',
      '/api/v1/bank/wallet/{wallet_uuid}/reactivate/',
      '/api/v1/bank/wallets/',
    ]);
    const create = document.paths!['/api/v1/bank/wallet/']!.post!;
    expect(Object.keys(create.responses!)).toEqual(['200', '400', '401', '403', '404', '409', '422', '500', '503']);
    const request = document.components!.schemas!.CreateWalletRequest as { required: string[] };
    expect(request.required.sort()).toEqual(['create_credentials', 'currency', 'customer_id', 'email', 'entity_uuid', 'name']);
    const lookupParams = document.paths!['/api/v1/bank/wallet/']!.get!.parameters as { name: string }[];
    expect(lookupParams.map((p) => p.name)).toEqual(['wallet_uuid', 'email', 'customer_id', 'currency']);
  });
});
