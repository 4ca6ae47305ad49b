import type { Operation } from '@/lib/api/operation';
import { contractProblems } from '@/lib/api/response-contract';
import { OPERATIONS } from '@/lib/domains';
import type { Answer } from './http-client';

/** The declared operation (the same declarations the OpenAPI document is built from). */
export function operationById(operationId: string): Operation {
  const operation = OPERATIONS.find((o) => o.operationId === operationId);
  if (!operation) throw new Error(`no operation ${operationId}`);
  return operation;
}

/**
 * Where an answer breaks its operation's contract: a status it does not declare, a body off the
 * status's schema (for errors, the route's dialect), an error code it does not list. Empty when kept.
 */
export function answerProblems(operation: Operation, answer: Answer): string[] {
  const where = `${operation.method.toUpperCase()} ${operation.path} answered ${answer.status}`;
  if (answer.body === undefined) return [`${where} with a body that is not JSON: ${answer.text.slice(0, 200)}`];
  return contractProblems(operation, answer.status, answer.body);
}
