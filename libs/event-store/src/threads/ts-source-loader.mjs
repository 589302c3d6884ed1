/**
 * Module hooks that let a worker thread run this repository's TypeScript sources: used only when a worker is
 * started from source (the jest suites), never in production, where workers run the compiled dist files.
 * `@aidledger/*` resolves through tsconfig.json's paths, `./x.js` to `./x.ts` when only the source exists, and
 * a `.ts` file is transpiled on load by the project's own TypeScript, as ts-jest does for the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('../../../../', import.meta.url);
const tsconfig = ts.readConfigFile(fileURLToPath(new URL('tsconfig.json', root)), (file) => readFileSync(file, 'utf8'));
const aliases = new Map(
  Object.entries(tsconfig.config.compilerOptions.paths).map(([alias, [target]]) => [alias, new URL(target, root).href]),
);
const compilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2023,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  useDefineForClassFields: false,
  esModuleInterop: true,
  inlineSourceMap: true,
};

export const resolve = async (specifier, context, next) => {
  const alias = aliases.get(specifier);
  if (alias) return { url: alias, shortCircuit: true };
  if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const url = new URL(specifier, context.parentURL);
    const source = new URL(`${url.href.slice(0, -3)}.ts`);
    if (!existsSync(url) && existsSync(source)) return { url: source.href, shortCircuit: true };
  }
  return next(specifier, context);
};

export const load = async (url, context, next) => {
  if (!url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(await readFile(fileName, 'utf8'), { fileName, compilerOptions });
  return { format: 'module', source: outputText, shortCircuit: true };
};
