import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app.config.js';
import { EmbeddedProjector } from '../../apps/api/src/read-models/read-model.provider.js';
import { resolveAuthSecret } from '../../apps/api/src/auth/auth-secret.js';
import { signToken } from '../../apps/api/src/auth/token-verifier.js';
import type { Role } from '../../apps/api/src/auth/roles.js';
import { createTempPostgresDatabase } from '../../libs/event-store/src/testing/index.js';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export type ApiResponse = {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: unknown;
  text: string;
};

export type Harness = {
  app: NestFastifyApplication;
  config: AppConfig;
  token(role: Role, name?: string): Promise<string>;
  request(options: {
    method: string;
    url: string;
    role?: Role | null;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  }): Promise<ApiResponse>;
  /** Waits until the projections and workflows have applied everything committed so far. */
  settle(): Promise<void>;
  /** The global head once everything has settled (the order-fulfilment workflow appends on its own). */
  head(): Promise<number>;
  restart(): Promise<void>;
  close(): Promise<void>;
};

/** The real app on a temporary embedded store, driven through Fastify's full request pipeline. */
export type HarnessOptions = { env?: Record<string, string>; logLines?: string[] };

export const startHarness = async ({ env = {}, logLines }: HarnessOptions = {}): Promise<Harness> => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aidledger-api-'));
  // TEST_EVENT_STORE=postgres (with TEST_DATABASE_URL) runs the app on a fresh PostgreSQL database: events and read models.
  const database = process.env.TEST_EVENT_STORE === 'postgres' ? await createTempPostgresDatabase() : null;
  const config = loadConfig({
    DATA_DIR: dataDir,
    DEMO_DATA: 'off',
    // Demo mode refuses a configured secret: its service tokens then use the one generated into DATA_DIR.
    AUTH_SECRET: env.DEMO_DATA === 'on' ? undefined : TEST_SECRET,
    LOG_LEVEL: 'silent',
    PORT: '0',
    // The threads as in production (both on) unless the run sets PROJECTOR_THREAD / STORE_THREAD: from source a
    // worker loads its TypeScript through a loader whose transpiled files are cached, so a thread costs little.
    PROJECTOR_THREAD: process.env.PROJECTOR_THREAD ?? 'on',
    STORE_THREAD: process.env.STORE_THREAD ?? 'on',
    ...(database ? { EVENT_STORE: 'postgres', DATABASE_URL: database.url } : {}),
    ...env,
  });
  const serviceSecret = resolveAuthSecret(config.authSecret, dataDir);
  const logDestination = logLines ? { write: (line: string) => void logLines.push(line) } : undefined;
  let app = await createApp(config, { logDestination });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  const harness: Harness = {
    get app() {
      return app;
    },
    config,
    token: (role, name = `${role} tester`) =>
      signToken(serviceSecret, {
        subject: `${role}.tester`,
        name,
        role,
        ...(role === 'payer' ? { payerId: 'KUND-VASTERAS' } : {}),
      }),
    async request({ method, url, role = 'admin', body, rawBody, headers = {} }) {
      const allHeaders: Record<string, string> = { ...headers };
      if (role) allHeaders.authorization = `Bearer ${await harness.token(role)}`;
      if (body !== undefined || rawBody !== undefined) allHeaders['content-type'] ??= 'application/json';
      const response = await app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: method as 'GET',
          url,
          headers: allHeaders,
          payload: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
        });
      let parsed: unknown = undefined;
      try {
        parsed = response.body ? JSON.parse(response.body) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.statusCode, headers: response.headers, body: parsed, text: response.body };
    },
    async settle() {
      const projector = app.get(EmbeddedProjector);
      for (let attempt = 0; attempt < 500; attempt++) {
        const lags = await projector.projectionLag();
        if (lags.every((lag) => lag.behindPositions === 0)) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('The projector did not catch up within 5 s');
    },
    async head() {
      await harness.settle();
      const response = await harness.request({ method: 'GET', url: '/health', role: null });
      return (response.body as { headPosition: number }).headPosition;
    },
    async restart() {
      await app.close();
      app = await createApp(config, { logDestination });
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
    },
    async close() {
      await app.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
};
