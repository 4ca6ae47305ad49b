import { z, type ZodType } from 'zod';
import type { Operation } from '@/lib/api/operation';

/** The zod field that parses one path or query parameter of an operation. */
export function parameterField(operation: Operation, location: 'path' | 'query', name: string): ZodType | undefined {
  const schema = location === 'path' ? operation.params : operation.query;
  return schema instanceof z.ZodObject ? (schema.shape[name] as ZodType | undefined) : undefined;
}

/** The names of an operation's path or query parameters, from the schema that parses them. */
export function parameterNames(operation: Operation, location: 'path' | 'query'): string[] {
  const schema = location === 'path' ? operation.params : operation.query;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/**
 * The pattern of a GUID field (`z.guid()`: any 8-4-4-4-12 hex, not only RFC 9562 variants), which
 * the reference shows beside `format: uuid` so it promises no stricter id than the route accepts.
 */
export function guidPattern(field: ZodType | undefined): string | undefined {
  const inner = field instanceof z.ZodOptional || field instanceof z.ZodNullable ? (field.unwrap() as ZodType) : field;
  const def = inner?._zod.def as { format?: string } | undefined;
  if (def?.format !== 'guid') return undefined;
  return (z.toJSONSchema(inner!) as { pattern?: string }).pattern;
}
