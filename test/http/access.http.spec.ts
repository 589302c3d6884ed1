import { SignJWT, UnsecuredJWT } from 'jose';
import { ROLES, type Role } from '../../apps/api/src/auth/roles.js';
import { startHarness, type Harness } from '../support/app-harness.js';
import { documentedOperations, type DocumentedOperation, type OpenApiDocument } from '../support/openapi-schema.js';

const h: Harness = await startHarness();
const document = (await h.request({ method: 'GET', url: '/api/docs/openapi.json', role: null }))
  .body as OpenApiDocument;
const operations = documentedOperations(document);
afterAll(async () => {
  await h.close();
});

const EVERY_ROLE: Role[] = ['warehouse', 'transport', 'planner', 'auditor', 'viewer', 'finance', 'payer', 'admin'];
/** DESIGN.md, "Need to know": figures for the staff; reads that name persons for those who need them. */
const FIGURES: Role[] = ['warehouse', 'transport', 'planner', 'auditor', 'viewer', 'finance', 'admin'];
const AIDS: Role[] = ['warehouse', 'transport', 'planner', 'auditor', 'admin'];
const PERSONS: Role[] = ['planner', 'auditor', 'admin'];
/** The billing: finance and the auditor every payer's, a payer its own (its scope is tested in billing.http). */
const BILLING: Role[] = ['finance', 'auditor', 'payer', 'admin'];

/**
 * Who may call each operation of the contract: the roles of DESIGN.md and the README's table, admin on every
 * row. This table is the expectation; the code under test is not asked. 'public' needs no token at all.
 */
const MAY_CALL: Record<string, Role[] | 'public'> = {
  'POST /api/articles': ['warehouse', 'planner', 'admin'],
  'GET /api/articles': FIGURES,
  'POST /api/payers': ['finance', 'admin'],
  'GET /api/payers': FIGURES,
  'GET /api/billing/invoice-basis': BILLING,
  'GET /api/billing/forecast': BILLING,
  'GET /api/billing/fleet': BILLING,
  'GET /api/billing/months/{month}': ['finance', 'auditor', 'admin'],
  'POST /api/billing/months/{month}/close': ['finance', 'admin'],
  'POST /api/assets': ['warehouse', 'admin'],
  'GET /api/assets': AIDS,
  'POST /api/assets/{id}/release': ['warehouse', 'admin'],
  'POST /api/assets/{id}/dispatch': ['transport', 'admin'],
  'POST /api/assets/{id}/deliver': ['transport', 'admin'],
  'POST /api/assets/{id}/delivery-failed': ['transport', 'admin'],
  'POST /api/assets/{id}/return': ['transport', 'warehouse', 'admin'],
  'POST /api/assets/{id}/recondition': ['warehouse', 'admin'],
  'POST /api/assets/{id}/repairs': ['warehouse', 'admin'],
  'POST /api/assets/{id}/repairs/{repairId}/complete': ['warehouse', 'admin'],
  'POST /api/assets/{id}/inspect': ['warehouse', 'admin'],
  'POST /api/assets/{id}/scrap': ['warehouse', 'admin'],
  'POST /api/assets/{id}/corrections': ['warehouse', 'transport', 'planner', 'admin'],
  'POST /api/assets/{id}/delivery-reversal': ['warehouse', 'planner', 'admin'],
  'POST /api/assets/{id}/pickup-requests': ['planner', 'admin'],
  'POST /api/assets/{id}/pickup-requests/reschedule': ['planner', 'transport', 'admin'],
  'POST /api/assets/{id}/pickup-requests/cancel': ['planner', 'admin'],
  'GET /api/assets/{id}': AIDS,
  'GET /api/assets/past-lifetime': ['warehouse', 'auditor', 'admin'],
  'GET /api/assets/holders': ['auditor', 'admin'],
  'GET /api/inspections/due': ['warehouse', 'transport', 'auditor', 'admin'],
  'GET /api/assets/{id}/history': ['auditor', 'admin'],
  'GET /api/assets/{id}/history/verify': ['auditor', 'admin'],
  'POST /api/assets/{id}/unit-number': ['warehouse', 'admin'],
  'POST /api/assets/scan': AIDS,
  'GET /api/assets/{id}/label.pdf': ['warehouse', 'transport', 'admin'],
  'POST /api/consumables/{articleNo}/receive': ['warehouse', 'admin'],
  'POST /api/consumables/{articleNo}/deliver': ['warehouse', 'transport', 'admin'],
  'POST /api/consumables/{articleNo}/adjust': ['warehouse', 'admin'],
  'POST /api/orders': ['planner', 'admin'],
  'GET /api/orders': AIDS,
  'POST /api/orders/{id}/allocate': ['warehouse', 'admin'],
  'POST /api/orders/{id}/reschedule': ['planner', 'transport', 'admin'],
  'POST /api/orders/{id}/cancel': ['planner', 'admin'],
  'POST /api/persons': ['planner', 'admin'],
  'POST /api/persons/lookup': PERSONS,
  'GET /api/persons/{id}': [...PERSONS, 'transport'],
  'PUT /api/persons/{id}/contact': ['planner', 'admin'],
  'POST /api/persons/{id}/housing': ['planner', 'admin'],
  'POST /api/persons/{id}/erase': ['admin'],
  'POST /api/persons/{id}/move': ['planner', 'admin'],
  'GET /api/persons/{id}/aids': PERSONS,
  'GET /api/persons/{id}/orders': PERSONS,
  'GET /api/stock': FIGURES,
  'GET /api/metrics/delivery': FIGURES,
  'GET /api/metrics/repairs': FIGURES,
  'GET /api/statistics/prescriptions': FIGURES,
  'POST /api/recalls': ['auditor', 'admin'],
  'POST /api/recalls/{id}/units/{assetId}/done': ['warehouse', 'transport', 'admin'],
  'GET /api/recalls': AIDS,
  'GET /api/recalls/open-units': AIDS,
  'GET /api/recalls/{id}': AIDS,
  'GET /api/metrics/fittings': FIGURES,
  'POST /api/fittings': ['planner', 'admin'],
  'POST /api/fittings/{id}/offer': ['planner', 'admin'],
  'POST /api/fittings/{id}/complete': ['planner', 'admin'],
  'POST /api/fittings/{id}/cancel': ['planner', 'admin'],
  'GET /api/transport/route': ['transport', 'planner', 'auditor', 'admin'],
  'GET /api/exports/aid-register.{format}': PERSONS,
  'GET /api/exports/person-aids.{format}': PERSONS,
  'GET /api/exports/assets.{format}': AIDS,
  'GET /api/exports/stock.{format}': FIGURES,
  'GET /api/exports/delivery-metrics.{format}': FIGURES,
  'GET /api/exports/repair-metrics.{format}': FIGURES,
  'GET /api/exports/prescription-statistics.{format}': FIGURES,
  'GET /api/exports/fitting-metrics.{format}': FIGURES,
  'GET /api/exports/invoice-basis.{format}': BILLING,
  'GET /api/access-log': ['auditor', 'admin'],
  'GET /api/access-log/verify': ['auditor', 'admin'],
  'GET /api/auth/sign-in-options': 'public',
  'GET /api/me': EVERY_ROLE,
  'GET /health': 'public',
  'GET /health/ready': 'public',
  'GET /metrics': 'public',
};

const nameOf = ({ method, path }: DocumentedOperation): string => `${method} ${path}`;

const urlOf = ({ path }: DocumentedOperation): string =>
  path
    .replace('{articleNo}', 'A1')
    .replace('{format}', 'csv')
    .replace(/\{(id|repairId)\}/g, (_, name: string) =>
      name === 'id' ? '0b6c1f7e-3c55-4c64-9d0a-0d2f4b6a7e10' : '5d0f3a9e-8c1b-4f6e-a2d7-3b9c4e1f6a20',
    );

/** Only the guard's answer matters here: an empty body stops at validation, so nothing is changed. */
const call = (operation: DocumentedOperation, role: Role | null, headers?: Record<string, string>) =>
  h.request({
    method: operation.method,
    url: urlOf(operation),
    role,
    body: operation.method === 'POST' || operation.method === 'PUT' ? {} : undefined,
    headers,
  });

describe('the table of who may call what', () => {
  it('names every role there is', () => {
    expect([...ROLES].sort()).toEqual([...EVERY_ROLE].sort());
  });

  it('names every operation of the OpenAPI document, and no other', () => {
    expect(operations.map(nameOf).sort()).toEqual(Object.keys(MAY_CALL).sort());
  });

  it.each(operations.map((operation) => [nameOf(operation), operation] as const))(
    '%s: the document says the same',
    (name, { operation }) => {
      const expected = MAY_CALL[name];
      if (expected === 'public') {
        expect(operation.description).toMatch(/^Needs no token/);
        expect(operation.security).toBeUndefined();
        return;
      }
      expect(operation.security).toEqual([{ bearer: [] }]);
      if (expected === EVERY_ROLE) expect(operation.description).toMatch(/Every role may call it\.$/);
      else {
        const listed = /Roles that may call it: ([a-z, ]+)\.$/.exec(operation.description ?? '')?.[1].split(', ');
        expect([...(listed ?? [])].sort()).toEqual([...expected].sort());
      }
    },
  );
});

describe('every operation × every role', () => {
  const cases = operations.flatMap((operation) => {
    const allowed = MAY_CALL[nameOf(operation)];
    if (!allowed) throw new Error(`${nameOf(operation)} has no row in MAY_CALL: say who may call it`);
    return ROLES.map(
      (role) => [nameOf(operation), role, allowed === 'public' || allowed.includes(role), operation] as const,
    );
  });

  it.each(cases)('%s as %s → allowed: %s', async (_name, role, allowed, operation) => {
    const response = await call(operation, role);
    if (allowed) expect([401, 403]).not.toContain(response.status);
    else
      expect({ status: response.status, body: response.body, type: response.headers['content-type'] }).toEqual({
        status: 403,
        body: expect.objectContaining({ code: 'AUTH.FORBIDDEN' }),
        type: expect.stringMatching(/^application\/problem\+json/),
      });
  });

  it.each(
    operations.map((operation) => [nameOf(operation), MAY_CALL[nameOf(operation)] === 'public', operation] as const),
  )('%s without a token (public: %s)', async (_name, isPublic, operation) => {
    const response = await call(operation, null);
    if (isPublic) expect(response.status).toBe(200);
    else
      expect({ status: response.status, body: response.body, type: response.headers['content-type'] }).toEqual({
        status: 401,
        body: expect.objectContaining({ code: 'AUTH.UNAUTHENTICATED' }),
        type: expect.stringMatching(/^application\/problem\+json/),
      });
  });

  it.each(['/api/docs', '/api/docs/openapi.json'])('%s needs no token', async (url) => {
    expect((await h.request({ method: 'GET', url, role: null })).status).toBe(200);
  });
});

describe('bearer tokens', () => {
  const key = new TextEncoder().encode(h.config.authSecret!);
  const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
  type Claims = { iss?: string; aud?: string; exp?: number | null; role?: string; sub?: string };
  /** A service token as `npm run token` makes it, but for the claims a case changes. */
  const signed = (claims: Claims = {}, secret: Uint8Array = key, alg = 'HS256') => {
    const jwt = new SignJWT({ name: 'Tester', role: claims.role ?? 'admin' })
      .setProtectedHeader({ alg, typ: 'JWT' })
      .setSubject(claims.sub ?? 'access.tester')
      .setIssuer(claims.iss ?? 'aidledger')
      .setAudience(claims.aud ?? 'aidledger-api')
      .setIssuedAt();
    if (claims.exp !== null) jwt.setExpirationTime(claims.exp ?? inAnHour());
    return jwt.sign(secret);
  };

  it('the well-formed token the cases below depart from is accepted', async () => {
    const response = await h.request({
      method: 'GET',
      url: '/api/me',
      role: null,
      headers: { authorization: `Bearer ${await signed()}` },
    });
    expect(response).toMatchObject({ status: 200, body: { subject: 'access.tester', role: 'admin' } });
  });

  const refused: Array<[string, () => Promise<string> | string]> = [
    ['without exp', () => signed({ exp: null })],
    ['expired', () => signed({ exp: Math.floor(Date.now() / 1000) - 60 })],
    ['with an exp 100 years ahead', () => signed({ exp: Math.floor(Date.now() / 1000) + 100 * 365 * 24 * 3600 })],
    ['for another audience', () => signed({ aud: 'another-api' })],
    ['from another issuer', () => signed({ iss: 'https://idp.example' })],
    ['from the demo issuer, outside demo mode', () => signed({ iss: 'aidledger-demo' })],
    [
      'with alg: none',
      () =>
        new UnsecuredJWT({ name: 'Tester', role: 'admin' })
          .setSubject('access.tester')
          .setIssuer('aidledger')
          .setAudience('aidledger-api')
          .setExpirationTime('1h')
          .encode(),
    ],
    ['signed with another secret', () => signed({}, new TextEncoder().encode(`${h.config.authSecret}-not-ours`))],
    ['signed with HS512', () => signed({}, key, 'HS512')],
    ['with a role that does not exist', () => signed({ role: 'superuser' })],
    ['without a subject', () => signed({ sub: '' })],
  ];

  it.each(refused)('refuses a token %s with 401 as Problem Details', async (_case, make) => {
    const token = await make();
    for (const [method, url] of [
      ['GET', '/api/me'],
      ['POST', '/api/articles'],
    ]) {
      const response = await h.request({
        method,
        url,
        role: null,
        body: method === 'POST' || method === 'PUT' ? {} : undefined,
        headers: { authorization: `Bearer ${token}` },
      });
      expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
        status: 401,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(response.body).toMatchObject({
        code: 'AUTH.UNAUTHENTICATED',
        detail: expect.stringMatching(/^The bearer token is not accepted: /),
      });
      expect(response.text).not.toContain(token);
    }
  });

  it('says that an expired token expired', async () => {
    const response = await h.request({
      method: 'GET',
      url: '/api/me',
      role: null,
      headers: { authorization: `Bearer ${await signed({ exp: Math.floor(Date.now() / 1000) - 60 })}` },
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
    expect(response).toMatchObject({ status: 401, body: { code: 'AUTH.UNAUTHENTICATED' } });
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
