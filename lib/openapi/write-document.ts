// Writes the OpenAPI document to a file for the linter (`npm run openapi:lint` and the test runner).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildOpenApiDocument } from './document';

const target = process.argv[2] ?? '.ci/reports/openapi.json';
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`OpenAPI document written to ${target}`);
