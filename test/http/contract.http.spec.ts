import { randomUUID } from 'node:crypto';
import { addDays, nextMonth } from '@aidledger/domain';
import { AccessLog } from '../../apps/api/src/access-log/access-log.js';
import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createArticle, placeOrder, today, validPersonnummer } from '../support/fixtures.js';
import { answerSchema, schemaMismatches, type OpenApiDocument } from '../support/openapi-schema.js';

/** The screens' types are generated from the document, so each answer must be exactly what it documents. */
describe('the answers match the OpenAPI document', () => {
  let h: Harness;
  let document: OpenApiDocument;
  const exercised = new Set<string>();

  beforeAll(async () => {
    h = await startHarness();
    document = (await h.request({ method: 'GET', url: '/api/docs/openapi.json', role: null })).body as OpenApiDocument;
  });
  afterAll(async () => h.close());

  type Call = {
    method?: 'GET' | 'POST';
    path: string;
    url?: string;
    role?: Parameters<Harness['request']>[0]['role'];
    body?: unknown;
    headers?: Record<string, string>;
    status?: number;
  };

  const answer = async ({ method = 'GET', path, url = path, role = 'admin', body, headers, status = 200 }: Call) => {
    const response = await h.request({ method, url, role, body, headers });
    expect({ status: response.status, text: response.text }).toEqual({ status, text: expect.any(String) });
    exercised.add(`${method} ${path}`);
    return response;
  };

  const expectDocumented = async (call: Call) => {
    const response = await answer(call);
    const schema = answerSchema(document, call.method ?? 'GET', call.path, call.status ?? 200);
    expect(schemaMismatches(document, schema, response.body)).toEqual([]);
    return response;
  };

  /** Problem Details may carry extension members (the ids a refusal names), so only the documented ones are held. */
  const expectProblem = async (call: Call & { status: number }) => {
    const response = await answer(call);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const schema = answerSchema(document, call.method ?? 'GET', call.path, call.status, 'application/problem+json');
    expect(schemaMismatches(document, schema, response.body, { closed: false })).toEqual([]);
    return response.body as Record<string, unknown>;
  };

  it('answers every read as documented', async () => {
    const onLoan = await aidAt(h, 'onLoan');
    const returned = await aidAt(h, 'awaitingReconditioning');
    const allocated = await aidAt(h, 'allocated');
    const failed = await aidAt(h, 'inTransit');
    await answer({
      method: 'POST',
      path: '/api/assets/{id}/delivery-failed',
      url: `/api/assets/${failed.assetId}/delivery-failed`,
      body: { orderId: failed.orderId, reason: 'Nobody at home', rescheduledTo: addDays(today(), 1) },
    });
    const repairUrl = `/api/assets/${onLoan.assetId}/repairs`;
    const repair = await answer({
      method: 'POST',
      path: '/api/assets/{id}/repairs',
      url: repairUrl,
      body: { reportedOn: today(), description: 'Brake does not hold' },
      status: 201,
    });
    await answer({
      method: 'POST',
      path: '/api/assets/{id}/repairs/{repairId}/complete',
      url: `${repairUrl}/${(repair.body as { id: string }).id}/complete`,
      body: { completedOn: today() },
    });
    await answer({
      method: 'POST',
      path: '/api/assets/{id}/repairs',
      url: repairUrl,
      body: { reportedOn: today(), description: 'Armrest loose' },
      status: 201,
    });
    await placeOrder(h, onLoan.personId, onLoan.articleNo);
    const consumable = await createArticle(h, 'consumable');
    await answer({
      method: 'POST',
      path: '/api/consumables/{articleNo}/receive',
      url: `/api/consumables/${consumable}/receive`,
      body: { location: 'VAS-HUVUDLAGER', quantity: 40, receivedOn: today() },
    });
    const personnummer = validPersonnummer(777, 200);
    await answer({
      method: 'POST',
      path: '/api/persons',
      body: { personnummer, sex: 'male', municipality: 'Sala' },
      status: 201,
    });
    await h.settle();

    await answer({
      method: 'POST',
      path: '/api/assets/{id}/pickup-requests',
      url: `/api/assets/${onLoan.assetId}/pickup-requests`,
      body: { requestedOn: today(), plannedPickupDate: addDays(today(), 1), reason: 'Behövs inte längre' },
      status: 201,
    });
    await h.settle();
    await expectDocumented({ path: '/api/articles' });
    await expectDocumented({
      method: 'POST',
      path: '/api/payers',
      body: { payerId: 'KUND-SALA', name: 'Sala kommun', kind: 'municipality', municipality: 'Sala' },
      status: 201,
    });
    // The payer the fixtures' orders name: its invoice basis has the lines of the aids delivered today.
    await answer({
      method: 'POST',
      path: '/api/payers',
      body: { payerId: 'KUND-VASTERAS', name: 'Västerås stad', kind: 'municipality', municipality: 'Västerås' },
      status: 201,
    });
    await h.settle();
    await expectDocumented({ path: '/api/payers' });
    const month = today().slice(0, 7);
    const basis = await expectDocumented({
      path: '/api/billing/invoice-basis',
      url: `/api/billing/invoice-basis?payerId=KUND-VASTERAS&month=${month}`,
    });
    expect((basis.body as { lines: unknown[] }).lines.length).toBeGreaterThan(0);
    await expectDocumented({
      path: '/api/billing/forecast',
      url: `/api/billing/forecast?payerId=KUND-VASTERAS&month=${nextMonth(month)}`,
    });
    await expectDocumented({ path: '/api/billing/fleet', url: '/api/billing/fleet?payerId=KUND-VASTERAS' });
    await expectDocumented({ path: '/api/billing/months/{month}', url: `/api/billing/months/${month}` });
    await expectDocumented({ path: '/api/assets', url: `/api/assets?articleNo=${onLoan.articleNo}` });
    const page = await expectDocumented({ path: '/api/assets', url: '/api/assets?limit=1' });
    expect(page.body).toHaveProperty('nextCursor');
    const state = await expectDocumented({ path: '/api/assets/{id}', url: `/api/assets/${onLoan.assetId}` });
    expect(state.body).toMatchObject({
      openRepairs: [{ description: 'Armrest loose' }],
      pickup: { reason: 'Behövs inte längre' },
    });
    await expectDocumented({ path: '/api/assets/{id}', url: `/api/assets/${returned.assetId}` });
    const asOf = encodeURIComponent(new Date().toISOString());
    await expectDocumented({ path: '/api/assets/{id}', url: `/api/assets/${allocated.assetId}?asOf=${asOf}` });
    await expectDocumented({ path: '/api/assets/{id}/history', url: `/api/assets/${onLoan.assetId}/history` });
    await expectDocumented({
      path: '/api/assets/{id}/history/verify',
      url: `/api/assets/${onLoan.assetId}/history/verify`,
    });
    const orders = await expectDocumented({ path: '/api/orders' });
    expect((orders.body as { items: { assetId: string | null }[] }).items.map((order) => order.assetId)).toContain(
      null,
    );
    await expectDocumented({ method: 'POST', path: '/api/persons/lookup', body: { personnummer } });
    await expectDocumented({ path: '/api/persons/{id}/aids', url: `/api/persons/${onLoan.personId}/aids` });
    await expectDocumented({ path: '/api/persons/{id}/aids', url: `/api/persons/${returned.personId}/aids` });
    await expectDocumented({ path: '/api/persons/{id}', url: `/api/persons/${onLoan.personId}` });
    await expectDocumented({ path: '/api/persons/{id}/orders', url: `/api/persons/${onLoan.personId}/orders` });
    await expectDocumented({ path: '/api/persons/{id}/orders', url: `/api/persons/${returned.personId}/orders` });
    await expectDocumented({ path: '/api/stock' });
    await expectDocumented({ path: '/api/inspections/due' });
    await expectDocumented({ path: '/api/assets/past-lifetime' });
    await expectDocumented({ path: '/api/assets/holders', url: `/api/assets/holders?articleNo=${onLoan.articleNo}` });
    await expectDocumented({ path: '/api/metrics/delivery', url: '/api/metrics/delivery?groupBy=route' });
    const repairs = await expectDocumented({ path: '/api/metrics/repairs' });
    expect((repairs.body as { groups: unknown[] }).groups).toHaveLength(1);
    // Few orders: the counts are suppressed, so the nullable figures are checked against the document too.
    await expectDocumented({
      path: '/api/statistics/prescriptions',
      url: '/api/statistics/prescriptions?groupBy=ageBand',
    });
    const fitting = await expectDocumented({
      method: 'POST',
      path: '/api/fittings',
      status: 201,
      body: { personId: onLoan.personId, isoCode: '12 22 03', prescriberId: 'FS-1', requestedOn: today() },
    });
    await expectDocumented({
      method: 'POST',
      path: '/api/fittings/{id}/offer',
      url: `/api/fittings/${(fitting.body as { id: string }).id}/offer`,
      body: { offeredOn: today(), appointmentOn: today() },
    });
    await h.settle();
    const fittings = await expectDocumented({ path: '/api/metrics/fittings' });
    expect((fittings.body as { groups: unknown[] }).groups).toHaveLength(1);
    const exports: [string, string][] = [
      ['aid-register', ''],
      ['person-aids', `?personId=${onLoan.personId}`],
      ['assets', ''],
      ['stock', ''],
      ['delivery-metrics', '?groupBy=route'],
      ['repair-metrics', ''],
      ['prescription-statistics', '?groupBy=municipality'],
      ['fitting-metrics', ''],
      ['invoice-basis', `?payerId=KUND-VASTERAS&month=${month}`],
    ];
    for (const [name, query] of exports)
      for (const format of ['csv', 'xlsx']) {
        const path = `/api/exports/${name}.{format}`;
        const file = await answer({ path, url: `/api/exports/${name}.${format}${query}` });
        const documented = Object.keys(document.paths[path].get.responses['200'].content ?? {});
        expect(documented).toContain(String(file.headers['content-type']).split(';')[0]);
      }
    const route = await expectDocumented({
      path: '/api/transport/route',
      url: `/api/transport/route?day=${addDays(today(), 1)}`,
    });
    expect((route.body as { items: unknown[] }).items).toHaveLength(2);
    expect((route.body as { pickups: { assetId: string }[] }).pickups.map((pickup) => pickup.assetId)).toContain(
      onLoan.assetId,
    );
    await h.app.get(AccessLog).record([
      {
        actor: 'rut.revisor',
        role: 'auditor',
        personId: onLoan.personId,
        action: 'person.aids.read',
        correlationId: 'c1',
      },
    ]);
    await h.settle();
    const accessLog = await expectDocumented({
      path: '/api/access-log',
      url: `/api/access-log?personId=${onLoan.personId}&actor=rut.revisor&from=${today()}`,
      role: 'auditor',
    });
    expect((accessLog.body as { items: unknown[] }).items).toHaveLength(1);
    await expectDocumented({ path: '/api/access-log/verify', url: `/api/access-log/verify?day=${today()}` });
    await expectDocumented({ path: '/api/me', role: 'transport' });
    await expectDocumented({ path: '/health', role: null });
    await expectDocumented({ path: '/health/ready', role: null });
    const metrics = await answer({ path: '/metrics', role: null });
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(answerSchema(document, 'GET', '/metrics', 200, 'text/plain')).toEqual({ type: 'string' });
    await expectDocumented({ path: '/api/auth/sign-in-options', role: null });
  });

  it('answers a command as documented, with its revision as ETag', async () => {
    const { assetId } = await aidAt(h, 'ready');
    const response = await expectDocumented({
      method: 'POST',
      path: '/api/assets/{id}/inspect',
      url: `/api/assets/${assetId}/inspect`,
      body: { inspectedOn: today(), passed: true },
    });
    expect(response.headers.etag).toBe(`"${(response.body as { streamRevision: number }).streamRevision}"`);
  });

  it('answers refusals as the documented Problem Details', async () => {
    const { assetId } = await aidAt(h, 'onLoan');
    const invalid = await expectProblem({ method: 'POST', path: '/api/assets', body: {}, status: 400 });
    expect(invalid.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'articleNo' })]));
    await expectProblem({ path: '/api/assets/{id}', url: `/api/assets/${randomUUID()}`, status: 404 });
    await expectProblem({ path: '/api/stock', role: null, status: 401 });
    await expectProblem({ method: 'POST', path: '/api/articles', role: 'viewer', body: {}, status: 403 });
    await expectProblem({ path: '/api/access-log', role: 'warehouse', status: 403 });
    const refused = await expectProblem({
      method: 'POST',
      path: '/api/assets/{id}/recondition',
      url: `/api/assets/${assetId}/recondition`,
      body: { reconditionedOn: today(), location: 'VAS-HUVUDLAGER' },
      status: 409,
    });
    expect(refused.currentState).toBe('onLoan');
    const stale = await expectProblem({
      method: 'POST',
      path: '/api/assets/{id}/inspect',
      url: `/api/assets/${assetId}/inspect`,
      body: { inspectedOn: today(), passed: true },
      headers: { 'if-match': '"0"' },
      status: 412,
    });
    expect(stale.currentRevision).toBe(3);
  });

  it('hands out demo tokens as documented, and only in demo mode', async () => {
    expect(document.paths['/api/demo/tokens']).toBeUndefined();
    const demo = await startHarness({ env: { DEMO_DATA: 'on' } });
    try {
      const demoDocument = (await demo.request({ method: 'GET', url: '/api/docs/openapi.json', role: null }))
        .body as OpenApiDocument;
      const response = await demo.request({ method: 'GET', url: '/api/demo/tokens', role: null });
      expect(response.status).toBe(200);
      const schema = answerSchema(demoDocument, 'GET', '/api/demo/tokens', 200);
      expect(schemaMismatches(demoDocument, schema, response.body)).toEqual([]);
    } finally {
      // Shutting down stops the demo generator after the day it is on.
      await demo.close();
    }
  });

  it('answers a scan and a label as documented', async () => {
    const { assetId } = await aidAt(h, 'onLoan');
    const { unitNumber } = (await h.request({ method: 'GET', url: `/api/assets/${assetId}` })).body as {
      unitNumber: string;
    };
    await expectDocumented({ method: 'POST', path: '/api/assets/scan', body: { code: unitNumber } });
    const label = await answer({ path: '/api/assets/{id}/label.pdf', url: `/api/assets/${assetId}/label.pdf` });
    const documented = document.paths['/api/assets/{id}/label.pdf'].get.responses['200'].content ?? {};
    expect(Object.keys(documented)).toEqual(['application/pdf']);
    expect(label.headers['content-type']).toMatch(/^application\/pdf/);
    expect(label.text.startsWith('%PDF-')).toBe(true);
  });

  it('answers the recalls as documented, with and without holders', async () => {
    const { assetId, articleNo } = await aidAt(h, 'onLoan');
    const recallId = randomUUID();
    const issued = await expectDocumented({
      method: 'POST',
      path: '/api/recalls',
      role: 'auditor',
      status: 201,
      body: { recallId, title: 'Bygel kan spricka', articleNo, action: 'inspect', issuedOn: today() },
    });
    expect((issued.body as { affected: { assetId: string }[] }).affected).toEqual([
      expect.objectContaining({ assetId, currentHolder: expect.any(Object), pastHolders: [] }),
    ]);
    await h.settle();
    await expectDocumented({ path: '/api/recalls', role: 'warehouse' });
    await expectDocumented({ path: '/api/recalls/open-units', url: '/api/recalls/open-units?where=onLoan' });
    await expectDocumented({ path: '/api/recalls/{id}', url: `/api/recalls/${recallId}`, role: 'transport' });
    await expectDocumented({ path: '/api/recalls/{id}', url: `/api/recalls/${recallId}`, role: 'auditor' });
  });

  it('leaves no read undocumented by these tests', () => {
    const reads = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => {
          const success = Object.entries(operation.responses).find(([status]) => status.startsWith('2'));
          return success?.[1].content?.['application/json']?.schema?.$ref !== '#/components/schemas/CommandAnswerDto';
        })
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(reads.filter((read) => !exercised.has(read))).toEqual([]);
  });
});
