import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '../../../apps/api/src/auth/roles.js';
import { freePort, mintToken as mintTokenWith, spawnApi, TEST_AUTH_SECRET } from '../../support/api-process.js';

export { freePort };

export type { Role };

export type RunningApi = {
  baseUrl: string;
  /** The store the API runs on, for a test that writes into it as a second instance would. */
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
};

/** Starts the built API (`npm run build && npm run build:web` first) on a free port with an empty temporary store. */
export const startApi = async (options: { port?: number; env?: Record<string, string> } = {}): Promise<RunningApi> => {
  if (!existsSync(path.resolve('apps/web/dist/index.html')))
    throw new Error('apps/web/dist is missing: run npm run build:web');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'aidledger-browser-'));
  let api;
  try {
    api = await spawnApi({ dataDir, port: options.port ?? (await freePort()), env: options.env });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl: api.baseUrl,
    dataDir,
    output: api.output,
    stop: async () => {
      await api.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** The same token `npm run token` prints. */
export const mintToken = (role: Role, name: string): Promise<string> => mintTokenWith(TEST_AUTH_SECRET, role, name);

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
