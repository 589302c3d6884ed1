import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on `moduleUrl`, given as the compiled `.js` beside the caller
 * (`new URL('./x.worker.js', import.meta.url)`). In production that file is there. Run from source (the jest
 * suites), only `x.worker.ts` is: the worker then runs it through the TypeScript loader in this folder.
 */
export const startWorker = (moduleUrl: URL, options: WorkerOptions = {}): Worker => {
  if (existsSync(fileURLToPath(moduleUrl)) || !moduleUrl.pathname.endsWith('.js'))
    return new Worker(moduleUrl, options);
  const source = new URL(moduleUrl.href.replace(/\.js$/, '.ts'));
  const register = new URL('./register-ts-source.mjs', import.meta.url);
  return new Worker(source, { ...options, execArgv: [...(options.execArgv ?? []), '--import', register.href] });
};
