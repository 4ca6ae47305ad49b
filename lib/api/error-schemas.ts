import type { ZodType } from 'zod';
import { oauthErrorSchema } from '@/lib/credentials/schemas';
import { A55ChargeErrorSchema, A55ErrorSchema, QiErrorSchema } from '@/lib/openapi/shared';
import type { OperationDialect } from './operation';

/** The schema of every error body an operation of the dialect answers: the document states it, tests hold answers to it. */
export function errorSchemaOf(dialect: OperationDialect): ZodType {
  switch (dialect) {
    case 'qi':
      return QiErrorSchema;
    case 'oauth':
      return oauthErrorSchema;
    case 'a55_charge':
      return A55ChargeErrorSchema;
    case 'a55':
      return A55ErrorSchema;
  }
}
