import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { signToken } from '../../apps/api/src/auth/token-verifier.js';
import type { Role } from '../../apps/api/src/auth/roles.js';

/** The built API (`npm run build`): suites that run it as a child process test what is deployed. */
export const API_MAIN = path.resolve(process.env.TEST_API_MAIN ?? 'dist/apps/api/src/main.js');
/** The built projector (`npm run start:projector`), the projections' own process in the distributed deployment. */
export const PROJECTOR_MAIN = path.resolve('dist/apps/projector/src/main.js');

export const TEST_AUTH_SECRET = 'process-test-secret-0123456789-abcdefghijklmnop';

export type ApiProcess = {
  baseUrl: string;
  port: number;
  /** The last 8,000 characters the process wrote to stdout and stderr. */
  output: () => string;
  /** Sends the signal and resolves when the process has exited. */
  kill: (signal: NodeJS.Signals) => Promise<void>;
  /** SIGTERM, then SIGKILL if it has not exited within 5 s. */
  stop: () => Promise<void>;
};

export type ApiProcessOptions = {
  dataDir: string;
  port: number;
  authSecret?: string;
  /** Added to the environment, e.g. EMBEDDED_PROJECTOR=off. */
  env?: Record<string, string>;
};

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const waitUntilLive = async (baseUrl: string, child: ChildProcess, output: () => string): Promise<void> => {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The API did not become live within 60 s:\n${output()}`);
};

/** The environment of a built app on `dataDir`: embedded stores unless `env` says otherwise. */
const appEnv = (dataDir: string, env: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  DATA_DIR: dataDir,
  EVENT_STORE: 'sqlite',
  DATABASE_URL: '',
  LOG_LEVEL: 'warn',
  ...env,
});

/** Runs a built app and resolves once `ready` says it serves; a process that exits first fails the start. */
const spawnApp = async (
  main: string,
  env: NodeJS.ProcessEnv,
  ready: (output: () => string, child: ChildProcess) => Promise<void>,
): Promise<Omit<ApiProcess, 'baseUrl' | 'port'>> => {
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let captured = '';
  const capture = (chunk: Buffer) => (captured = (captured + chunk.toString()).slice(-8000));
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  const output = () => captured;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  try {
    await ready(output, child);
  } catch (error) {
    await kill('SIGKILL');
    throw error;
  }
  return {
    output,
    kill,
    stop: async () => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await kill('SIGTERM');
      clearTimeout(timer);
    },
  };
};

/** Starts the built API on `dataDir` (empty or not) and resolves once /health answers. */
export const spawnApi = async ({
  dataDir,
  port,
  authSecret = TEST_AUTH_SECRET,
  env = {},
}: ApiProcessOptions): Promise<ApiProcess> => {
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = await spawnApp(
    API_MAIN,
    appEnv(dataDir, { PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'off', AUTH_SECRET: authSecret, ...env }),
    (output, child) => waitUntilLive(baseUrl, child, output),
  );
  return { ...app, baseUrl, port };
};

export type ProjectorProcess = Omit<ApiProcess, 'baseUrl' | 'port'>;

/** Starts the built projector on the stores `dataDir` and `env` name; resolves once it has started its projections. */
export const spawnProjector = ({ dataDir, env = {} }: Omit<ApiProcessOptions, 'port'>): Promise<ProjectorProcess> =>
  spawnApp(PROJECTOR_MAIN, appEnv(dataDir, { LOG_LEVEL: 'info', ...env }), async (output, child) => {
    const deadline = Date.now() + 60_000;
    while (!output().includes('"msg":"projector started"')) {
      if (child.exitCode !== null) throw new Error(`The projector exited with ${child.exitCode}:\n${output()}`);
      if (Date.now() > deadline) throw new Error(`The projector did not start within 60 s:\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

/** The same token `npm run token` prints. */
export const mintToken = (authSecret: string, role: Role, name: string): Promise<string> =>
  signToken(authSecret, { subject: name.toLowerCase().replace(/[^a-z0-9]+/g, '.'), name, role, expiresIn: '2h' });
