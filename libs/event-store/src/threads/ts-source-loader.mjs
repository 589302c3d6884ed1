/**
 * Module hooks that let a worker thread run this repository's TypeScript sources: used only when a worker is
 * started from source (the jest suites), never in production, where workers run the compiled dist files.
 * `@aidledger/*` resolves through tsconfig.json's paths, `./x.js` to `./x.ts` when only the source exists, and
 * a `.ts` file is transpiled on load by the project's own TypeScript, as ts-jest does for the tests. Transpiled
 * files are kept in node_modules/.cache by their source's hash, and TypeScript is loaded only for a file not
 * kept there: a worker then starts in a fraction of the time (the suites start dozens).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../../', import.meta.url);
const cache = new URL('node_modules/.cache/aidledger-ts-source/', root);
const { paths } = JSON.parse(readFileSync(new URL('tsconfig.json', root), 'utf8')).compilerOptions;
const aliases = new Map(Object.entries(paths).map(([alias, [target]]) => [alias, new URL(target, root).href]));
const compilerOptions = {
  module: 'esnext',
  target: 'es2023',
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

let typescript;
const transpile = async (source, fileName) => {
  typescript ??= (await import('typescript')).default;
  const options = typescript.convertCompilerOptionsFromJson(compilerOptions, root.pathname).options;
  return typescript.transpileModule(source, { fileName, compilerOptions: options }).outputText;
};

export const load = async (url, context, next) => {
  if (!url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  const source = await readFile(fileName, 'utf8');
  const kept = new URL(`${createHash('sha256').update(JSON.stringify(compilerOptions)).update(fileName).update('\0').update(source).digest('hex')}.js`, cache);
  if (existsSync(kept)) return { format: 'module', source: await readFile(kept, 'utf8'), shortCircuit: true };
  const output = await transpile(source, fileName);
  // Written aside and renamed, so a worker starting beside this one never reads half a file.
  mkdirSync(cache, { recursive: true });
  const aside = new URL(`${kept.href}.${process.pid}.${Math.random().toString(36).slice(2)}`);
  await writeFile(aside, output);
  await rename(aside, kept);
  return { format: 'module', source: output, shortCircuit: true };
};
