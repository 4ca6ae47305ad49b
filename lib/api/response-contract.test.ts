import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineOperation, type Operation } from './operation';
import { contractProblems, findOperation } from './response-contract';

const thing = z.object({ id: z.string(), tags: z.array(z.object({ name: z.string() })) });
const getThing = defineOperation({
  operationId: 'getThing',
  method: 'get',
  path: '/api/v1/things/{thing_id}/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: 'Things',
  summary: 'A thing',
  params: z.object({ thing_id: z.string() }),
  responses: { 200: { description: 'The thing', schema: thing } },
  errors: { 404: ['errors.thing.not_found'] },
  handler: async () => ({ body: { id: 't', tags: [] } }),
}) as Operation;
const a55Error = (code: string) => ({ error: 'not_found', message: 'Not found', code });

describe('contractProblems', () => {
  it('accepts an answer of a declared status in its schema, and a listed error code', () => {
    expect(contractProblems(getThing, 200, { id: 't', tags: [{ name: 'a' }] })).toEqual([]);
    expect(contractProblems(getThing, 404, a55Error('errors.thing.not_found'))).toEqual([]);
    expect(contractProblems(getThing, 401, a55Error('unauthorized'))).toEqual([]);
  });

  it('refuses an undeclared status, a body off its schema, undeclared fields and unlisted codes', () => {
    expect(contractProblems(getThing, 201, { id: 't', tags: [] })).toEqual(['GET /api/v1/things/{thing_id}/ answered 201, a status its operation does not declare']);
    expect(contractProblems(getThing, 200, { tags: [] })).toHaveLength(1);
    expect(contractProblems(getThing, 200, { id: 't', tags: [{ name: 'a', colour: 'red' }], extra: 1 })).toEqual([
      'GET /api/v1/things/{thing_id}/ answered 200: tags[0].colour is not in the documented schema',
      'GET /api/v1/things/{thing_id}/ answered 200: extra is not in the documented schema',
    ]);
    expect(contractProblems(getThing, 404, a55Error('errors.wallet.not_found'))[0]).toContain('code errors.wallet.not_found, which it does not list');
    expect(contractProblems(getThing, 404, { title: 'Not Found' })).not.toEqual([]);
  });
});

describe('findOperation', () => {
  it('matches the method and the path template, with or without the trailing slash', () => {
    expect(findOperation([getThing], 'GET', '/api/v1/things/abc/?x=1')).toBe(getThing);
    expect(findOperation([getThing], 'GET', '/api/v1/things/abc')).toBe(getThing);
    expect(findOperation([getThing], 'POST', '/api/v1/things/abc/')).toBeUndefined();
    expect(findOperation([getThing], 'GET', '/api/v1/things/abc/more/')).toBeUndefined();
  });
});
