import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { decodeJwt } from 'jose';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../config/app.config.js';
import { resolveAuthSecret } from '../auth/auth-secret.js';
import { signToken } from '../auth/token-verifier.js';
import { NotADemoStoreError } from './demo-store.js';

const start = async (dataDir: string, demo: boolean): Promise<NestFastifyApplication> => {
  const config = loadConfig({ DATA_DIR: dataDir, DEMO_DATA: demo ? 'on' : 'off', LOG_LEVEL: 'silent', PORT: '0' });
  const app = await createApp(config);
  try {
    await app.init();
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
};

const get = async (app: NestFastifyApplication, url: string, token?: string) => {
  const response = await app
    .getHttpAdapter()
    .getInstance()
    .inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.statusCode, body: response.body ? (JSON.parse(response.body) as unknown) : undefined };
};

describe('demo mode, sealed off', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'aidledger-demo-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('hands out tokens that expire within hours, and none once demo mode is off', async () => {
    const demo = await start(dataDir, true);
    const { tokens } = (await get(demo, '/api/demo/tokens')).body as { tokens: { role: string; token: string }[] };
    const admin = tokens.find((token) => token.role === 'admin')!.token;
    const { exp, iat } = decodeJwt(admin);
    expect(exp! - iat!).toBeLessThanOrEqual(8 * 3600);
    expect((await get(demo, '/api/me', admin)).status).toBe(200);
    await demo.close();

    const production = await start(dataDir, false);
    expect((await get(production, '/api/demo/tokens')).status).toBe(404);
    expect(await get(production, '/api/me', admin)).toMatchObject({
      status: 401,
      body: { detail: expect.stringContaining('issuer not accepted') },
    });
    await production.close();
  });

  it('does not sign demo tokens with the service secret', async () => {
    const demo = await start(dataDir, true);
    const { tokens } = (await get(demo, '/api/demo/tokens')).body as { tokens: { token: string }[] };
    const serviceSecret = resolveAuthSecret(null, dataDir);
    const forged = await signToken(
      serviceSecret,
      { subject: 'demo.admin', name: 'x', role: 'admin' },
      {
        issuer: 'aidledger-demo',
        audience: 'aidledger-api',
      },
    );
    expect((await get(demo, '/api/me', forged)).status).toBe(401);
    expect(tokens.every(({ token }) => decodeJwt(token).iss === 'aidledger-demo')).toBe(true);
    await demo.close();
  });

  it('refuses to start in demo mode on a store that holds other data', async () => {
    const production = await start(dataDir, false);
    const token = await signToken(resolveAuthSecret(null, dataDir), { subject: 'w', name: 'w', role: 'warehouse' });
    const created = await production
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/api/articles',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: JSON.stringify({
          articleNo: 'REAL-1',
          name: 'Rollator',
          isoCode: '12 06 06',
          kind: 'individual',
          rentable: false,
          purchasePriceSek: 1200,
        }),
      });
    expect(created.statusCode).toBe(201);
    await production.close();
    await expect(start(dataDir, true)).rejects.toBeInstanceOf(NotADemoStoreError);
  });
});
