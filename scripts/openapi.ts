/**
 * The HTTP contract as a file, and the screens' types generated from it (issue 9).
 *   node dist/scripts/openapi.js           writes dist/openapi.json; fails when the committed types are stale
 *   node dist/scripts/openapi.js --write   writes dist/openapi.json and apps/web/src/api/openapi.d.ts
 * Run as `npm run lint:openapi` and `npm run generate:api`, which build first.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp, openApiDocument } from '../apps/api/src/bootstrap.js';
import { loadConfig } from '../apps/api/src/config/app.config.js';

const DOCUMENT = path.resolve('dist/openapi.json');
const TYPES = path.resolve('apps/web/src/api/openapi.d.ts');
const BANNER = `/**
 * The API's types, generated from its OpenAPI document by \`npm run generate:api\` (openapi-typescript).
 * Do not edit: change the controllers and DTOs of apps/api and generate again.
 */

`;

/** The app is created but never listens: the document needs only its controllers and DTOs. */
const writeDocument = async (): Promise<void> => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aidledger-openapi-'));
  try {
    const app = await createApp(
      // Demo mode adds its one route; the app is never initialised, so no demo store is created.
      loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'on', EMBEDDED_PROJECTOR: 'off', LOG_LEVEL: 'silent' }),
    );
    const document = openApiDocument(app);
    await app.close();
    mkdirSync(path.dirname(DOCUMENT), { recursive: true });
    writeFileSync(DOCUMENT, `${JSON.stringify(document, null, 2)}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};

const generateTypes = async (): Promise<string> =>
  BANNER + astToString(await openapiTS(pathToFileURL(DOCUMENT), { silent: true }));

await writeDocument();
const types = await generateTypes();
const relative = path.relative(process.cwd(), TYPES);
if (process.argv.includes('--write')) {
  writeFileSync(TYPES, types);
  console.log(`wrote ${path.relative(process.cwd(), DOCUMENT)} and ${relative}`);
} else if (!existsSync(TYPES) || readFileSync(TYPES, 'utf8') !== types) {
  console.error(
    `${relative} does not match the API's OpenAPI document.\n` +
      'Run `npm run generate:api` and commit the generated file with the API change.',
  );
  process.exitCode = 1;
} else {
  console.log(`${relative} matches the API's OpenAPI document`);
}
