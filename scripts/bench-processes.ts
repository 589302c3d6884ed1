/** The benchmark's child processes: the measuring scripts, the load generator and the servers under load. */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LoadJob, LoadResult } from './bench-load.js';
import { root, scriptsDir } from './bench-settings.js';

export const node = (args: string[], env: Record<string, string> = {}): string => {
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed:\n${child.stderr}`);
  return child.stdout.trim().split('\n').at(-1) ?? '';
};

const jobFile = (job: LoadJob): string => {
  const file = path.join(os.tmpdir(), `aidledger-load-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify(job));
  return file;
};

export const load = (job: LoadJob): LoadResult => {
  const file = jobFile(job);
  try {
    return JSON.parse(node([path.join(scriptsDir, 'bench-load.js'), file])) as LoadResult;
  } finally {
    rmSync(file, { force: true });
  }
};

/** As `load`, without blocking this process: the bench watches the server while the load runs. */
export const loadInBackground = async (job: LoadJob): Promise<LoadResult> => {
  const file = jobFile(job);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(scriptsDir, 'bench-load.js'), file], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as LoadResult;
  } finally {
    rmSync(file, { force: true });
  }
};

const startServer = async (args: string[], env: Record<string, string>, ready: RegExp) => {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited: number | null | undefined;
  // The last few kilobytes of its output, to say why it stopped if it does.
  const onData = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      resolve();
    }),
  );
  await waitUntil(
    async () => {
      if (exited !== undefined) throw new Error(`${args[0]} exited with ${exited}:\n${output}`);
      return ready.test(output);
    },
    120_000,
    `${args[0]} to start`,
    20,
  );
  return {
    alive: () => exited === undefined,
    output: () => output,
    stop: async () => {
      if (exited === undefined) child.kill('SIGTERM');
      await exit;
    },
  };
};

/** Polls `check` until it is true; a check that throws ends the wait with its error. */
export const waitUntil = async (
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  everyMs = 250,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
};

export const freePort = (): number => 20_000 + Math.floor(Math.random() * 20_000);

/** Runs `bench-projections.js` (rebuild or lag) in a process of its own and reads its one line of JSON. */
export const projections = <T>(...args: string[]): T =>
  JSON.parse(node([path.join(scriptsDir, 'bench-projections.js'), ...args])) as T;

/** A server for the length of `body`. */
export const withServer = async <T>(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  body: (server: Server) => Promise<T>,
): Promise<T> => {
  const server = await startServer(args, env, ready);
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
};

type Server = Awaited<ReturnType<typeof startServer>>;
