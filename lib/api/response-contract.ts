import type { ZodType } from 'zod';
import { errorCodeOf } from '@/lib/errors/dialects';
import { errorSchemaOf } from './error-schemas';
import type { Operation } from './operation';
import { answeredErrors } from './operation-errors';

/**
 * Where an answer breaks its operation's declaration: a status it does not declare, a body its
 * status's schema refuses or that carries fields the schema lacks, an error code it does not list.
 * Empty when the answer keeps the contract. Tests run every route answer through this.
 */
export function contractProblems(operation: Operation, status: number, body: unknown): string[] {
  const where = `${operation.method.toUpperCase()} ${operation.path} answered ${status}`;
  const success = operation.responses[status];
  if (success) return schemaProblems(where, success.schema, body);

  const codes = answeredErrors(operation).get(status);
  if (!codes) return [`${where}, a status its operation does not declare`];
  const schema = errorSchemaOf(operation.dialect);
  const problems = schemaProblems(where, schema, body);
  const code = errorCodeOf(operation.dialect, body);
  if (typeof code === 'string' && !codes.includes(code)) problems.push(`${where} with code ${code}, which it does not list (${codes.join(', ')})`);
  return problems;
}

function schemaProblems(where: string, schema: ZodType, body: unknown): string[] {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${where}: ${issue.path.join('.') || '(body)'}: ${issue.message}`);
  return undeclaredFields(body, parsed.data).map((field) => `${where}: ${field} is not in the documented schema`);
}

/** Fields of the answer that parsing dropped: zod objects strip what their schema does not name. */
function undeclaredFields(answered: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(answered) && Array.isArray(parsed)) return answered.flatMap((item, i) => undeclaredFields(item, parsed[i], `${path}[${i}]`));
  if (!isPlainObject(answered) || !isPlainObject(parsed)) return [];
  return Object.keys(answered).flatMap((key) => {
    const field = path ? `${path}.${key}` : key;
    return key in parsed ? undeclaredFields(answered[key], parsed[key], field) : [field];
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The declared operation serving `method path`, matching `{param}` segments against any value. */
export function findOperation(operations: readonly Operation[], method: string, path: string): Operation | undefined {
  const pathname = new URL(path, 'http://localhost').pathname;
  return operations.find((operation) => operation.method === method.toLowerCase() && templatePattern(operation.path).test(pathname));
}

// Next.js answers a path with or without its trailing slash alike, so the match ignores it.
function templatePattern(template: string): RegExp {
  const escaped = template
    .replace(/\/$/, '')
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${escaped}/?$`);
}
