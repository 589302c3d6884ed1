import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signToken } from '../../../apps/api/src/auth/token-verifier.js';

export const AUTH_SECRET = 'browser-test-secret-0123456789-abcdefghijklmnop';

export type Role = 'warehouse' | 'transport' | 'planner' | 'auditor' | 'viewer' | 'admin';

export type RunningApi = {
  baseUrl: string;
  /** The API's data folder: its event store is `events.sqlite` there. */
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
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
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The API did not become live within 60 s:\n${output()}`);
};

/** Starts the built API (`npm run build && npm run build:web` first) on a free port with an empty temporary store. */
export const startApi = async (options: { port?: number; env?: Record<string, string> } = {}): Promise<RunningApi> => {
  const main = path.resolve(process.env.BROWSER_TEST_API_MAIN ?? 'dist/apps/api/src/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
  if (!existsSync(path.resolve('apps/web/dist/index.html')))
    throw new Error('apps/web/dist is missing: run npm run build:web');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'aidledger-browser-'));
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: 'off',
      AUTH_SECRET,
      EVENT_STORE: 'sqlite',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let captured = '';
  child.stdout?.on('data', (chunk: Buffer) => (captured += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (captured += chunk.toString()));
  const output = () => captured.slice(-8000);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilLive(baseUrl, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    dataDir,
    output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** The same token `npm run token` prints. */
export const mintToken = (role: Role, name: string): Promise<string> =>
  signToken(AUTH_SECRET, { subject: name.toLowerCase().replace(/[^a-z0-9]+/g, '.'), name, role, expiresIn: '2h' });

export type ApiCaller = <T>(method: string, path: string, body?: unknown) => Promise<T>;

export const apiCaller =
  (baseUrl: string, token: string): ApiCaller =>
  async <T>(method: string, route: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
