import { ROLES, type Role } from '../../apps/api/src/auth/roles.js';
import { signToken } from '../../apps/api/src/auth/token-verifier.js';
import { startHarness, type Harness } from '../support/app-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const id = '0b6c1f7e-3c55-4c64-9d0a-0d2f4b6a7e10';

/** Every write endpoint and the roles DESIGN.md gives it; admin may do all. */
const WRITE_ENDPOINTS: Array<[string, Role[]]> = [
  ['/api/articles', ['warehouse', 'planner']],
  ['/api/persons', ['planner']],
  ['/api/persons/lookup', ['planner', 'auditor']],
  [`/api/persons/${id}/move`, ['planner']],
  [`/api/persons/${id}/housing`, ['planner']],
  [`/api/persons/${id}/erase`, []],
  ['/api/assets', ['warehouse']],
  ['/api/orders', ['planner']],
  [`/api/orders/${id}/allocate`, ['warehouse']],
  [`/api/orders/${id}/reschedule`, ['planner', 'transport']],
  [`/api/orders/${id}/cancel`, ['planner']],
  [`/api/assets/${id}/release`, ['warehouse']],
  [`/api/assets/${id}/dispatch`, ['transport']],
  [`/api/assets/${id}/deliver`, ['transport']],
  [`/api/assets/${id}/delivery-failed`, ['transport']],
  [`/api/assets/${id}/return`, ['transport', 'warehouse']],
  [`/api/assets/${id}/recondition`, ['warehouse']],
  [`/api/assets/${id}/repairs`, ['warehouse']],
  [`/api/assets/${id}/repairs/${id}/complete`, ['warehouse']],
  [`/api/assets/${id}/inspect`, ['warehouse']],
  [`/api/assets/${id}/scrap`, ['warehouse']],
  ['/api/consumables/A1/receive', ['warehouse']],
  ['/api/consumables/A1/deliver', ['warehouse', 'transport']],
  ['/api/consumables/A1/adjust', ['warehouse']],
];

describe('the role matrix: every write endpoint × every role', () => {
  const cases = WRITE_ENDPOINTS.flatMap(([url, allowed]) =>
    ROLES.map((role) => [url, role, role === 'admin' || allowed.includes(role)] as const),
  );

  it.each(cases)('%s as %s → allowed: %s', async (url, role, allowed) => {
    const response = await h.request({ method: 'POST', url, role, body: {} });
    if (allowed) expect([401, 403]).not.toContain(response.status);
    else expect(response).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
  });

  it.each(WRITE_ENDPOINTS.map(([url]) => url))('%s without a token is 401', async (url) => {
    const response = await h.request({ method: 'POST', url, role: null, body: {} });
    expect(response).toMatchObject({ status: 401, body: { code: 'AUTH.UNAUTHENTICATED' } });
  });
});

describe('bearer tokens', () => {
  it('refuses a token signed with another secret', async () => {
    const forged = await signToken('another-secret-that-is-long-enough-0123456789abcdef', {
      subject: 'x',
      name: 'x',
      role: 'admin',
    });
    const response = await h.request({
      method: 'POST',
      url: '/api/articles',
      role: null,
      body: {},
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(response.status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const expired = await signToken(h.config.authSecret!, { subject: 'x', name: 'x', role: 'admin', expiresIn: '-1m' });
    const response = await h.request({
      method: 'POST',
      url: '/api/articles',
      role: null,
      body: {},
      headers: { authorization: `Bearer ${expired}` },
    });
    expect(response).toMatchObject({ status: 401, body: { detail: expect.stringContaining('expired') } });
  });

  it('refuses a malformed authorization header', async () => {
    const response = await h.request({
      method: 'POST',
      url: '/api/articles',
      role: null,
      body: {},
      headers: { authorization: 'Basic abc' },
    });
    expect(response.status).toBe(401);
  });

  it('leaves /health and the OpenAPI document open', async () => {
    expect((await h.request({ method: 'GET', url: '/health', role: null })).status).toBe(200);
    const docs = await h.request({ method: 'GET', url: '/api/docs/openapi.json', role: null });
    expect(docs.status).toBe(200);
    expect(Object.keys((docs.body as { paths: object }).paths)).toEqual(
      expect.arrayContaining(['/api/assets/{id}/deliver', '/api/orders']),
    );
  });

  it('records the token subject as every event’s actor', async () => {
    const articleNo = `ACT${Date.now()}`;
    const created = await h.request({
      method: 'POST',
      url: '/api/articles',
      role: 'warehouse',
      body: {
        articleNo,
        name: 'Rollator',
        isoCode: '12 06 06',
        kind: 'individual',
        rentable: false,
        purchasePriceSek: 1200,
      },
    });
    expect(created.status).toBe(201);
    const { EVENT_STORE } = await import('@aidledger/event-store');
    const store = h.app.get<symbol, import('@aidledger/event-store').EventStore>(EVENT_STORE);
    const [event] = await store.readStream(`article-${articleNo}`);
    expect(event.metadata).toMatchObject({
      actor: 'warehouse.tester',
      schemaVersion: expect.any(Number),
      correlationId: expect.any(String),
    });
  });
});
