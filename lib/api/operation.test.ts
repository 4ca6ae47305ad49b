import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineOperation, type Operation } from './operation';
import { answeredErrors } from './operation-errors';

const body = z.object({ name: z.string() });
const answer = z.object({ id: z.string(), name: z.string() });

describe('defineOperation', () => {
  // A field the schema lacks is caught where the body is built: serializers declare `z.input<schema>` as their return type.
  it('types each answer by the schema of its status (checked by tsc)', () => {
    const base = { operationId: 'x', method: 'post', path: '/x', dialect: 'a55', auth: { scope: 'wallet:write' }, tag: 'X', summary: 'x', body } as const;
    defineOperation({ ...base, responses: { 201: { description: 'made', schema: answer } }, handler: async ({ body }) => ({ status: 201, body: { id: '1', name: body.name } }) });
    // @ts-expect-error a field the response schema requires is missing
    defineOperation({ ...base, responses: { 200: { description: 'ok', schema: answer } }, handler: async () => ({ body: { id: '1' } }) });
    // @ts-expect-error a status the operation does not declare
    defineOperation({ ...base, responses: { 200: { description: 'ok', schema: answer } }, handler: async () => ({ status: 202, body: { id: '1', name: 'n' } }) });
    expect(true).toBe(true);
  });
});

describe('answeredErrors', () => {
  const op = (spec: Partial<Operation>): Operation =>
    ({ operationId: 'x', method: 'get', path: '/x', dialect: 'a55', auth: { scope: 'wallet:read' }, tag: 'X', summary: 'x', responses: {}, handler: async () => ({ body: null }), ...spec }) as Operation;

  it('adds what the door answers by itself to what the service declares', () => {
    expect(Object.fromEntries(answeredErrors(op({ errors: { 404: ['errors.wallet.not_found'] } })))).toEqual({
      401: ['unauthorized'],
      403: ['forbidden'],
      404: ['errors.wallet.not_found'],
      500: ['internal_error'],
      503: ['service_unavailable'],
    });
    expect(Object.fromEntries(answeredErrors(op({ method: 'post', dialect: 'qi', body })))).toEqual({
      400: ['QIT000001', 'invalid_json'],
      401: ['unauthorized'],
      403: ['forbidden'],
      409: ['DUPLICATE_REQUEST', 'REQUEST_IN_PROGRESS'],
      500: ['internal_error'],
      503: ['service_unavailable'],
    });
    expect(Object.fromEntries(answeredErrors(op({ auth: 'any-token' })))).toEqual({ 401: ['unauthorized'], 500: ['internal_error'], 503: ['service_unavailable'] });
  });

  it('leaves hand-written runtimes to declare every answer themselves', () => {
    expect(answeredErrors(op({ handler: undefined, auth: 'none' })).size).toBe(0);
  });
});
