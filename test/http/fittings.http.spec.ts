import { randomUUID } from 'node:crypto';
import { addDays, addSwedishWorkingDays } from '@aidledger/domain';
import { startHarness, type Harness } from '../support/app-harness.js';
import { createPerson, today } from '../support/fixtures.js';

type Problem = { code: string; errors?: { field: string }[] };
type Metrics = {
  target: number;
  groups: { key: string; requests: number; offeredWithin15WorkingDays: number; share: number }[];
};

let h: Harness;
let personId: string;

const request = (
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
  role: 'planner' | null = 'planner',
) =>
  h.request({
    method: 'POST',
    url: '/api/fittings',
    role,
    headers,
    body: { personId, isoCode: '12 22 03', prescriberId: 'FS-1042', requestedOn: today(), ...body },
  });
const on = (
  fittingId: string,
  action: 'offer' | 'complete' | 'cancel',
  body: object,
  role: 'planner' | 'warehouse' = 'planner',
) => h.request({ method: 'POST', url: `/api/fittings/${fittingId}/${action}`, role, body });
const requested = async (requestedOn: string): Promise<string> => {
  const response = await request({ requestedOn });
  expect(response.status).toBe(201);
  return (response.body as { id: string }).id;
};

beforeAll(async () => {
  h = await startHarness();
  personId = await createPerson(h);
});
afterAll(async () => h.close());

describe('POST /api/fittings', () => {
  it('records a request for a registered person and answers its id and revision', async () => {
    const fittingId = randomUUID();
    const response = await request({ fittingId });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ id: fittingId, streamRevision: 0 });
    expect(response.headers.etag).toBe('"0"');
  });

  it('the same request again appends nothing; with other facts it is 409', async () => {
    const fittingId = randomUUID();
    expect((await request({ fittingId })).status).toBe(201);
    const again = await request({ fittingId });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ streamRevision: 0 });
    const other = await request({ fittingId, isoCode: '18 12 10' });
    expect(other.status).toBe(409);
    expect((other.body as Problem).code).toBe('FITTING.ALREADY_REQUESTED');
  });

  it('an Idempotency-Key answers the first answer again; the key with another body is 422', async () => {
    const key = randomUUID();
    const first = await request({}, { 'idempotency-key': key });
    const second = await request({}, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(second.body).toEqual(first.body);
    const other = await request({ prescriberId: 'FS-9' }, { 'idempotency-key': key });
    expect(other.status).toBe(422);
  });

  it('an unknown person is 404', async () => {
    const response = await request({ personId: randomUUID() });
    expect(response.status).toBe(404);
    expect((response.body as Problem).code).toBe('PERSON.NOT_FOUND');
  });

  it('invalid input is 400 naming the field, and a request day after today is refused', async () => {
    const missing = await request({ isoCode: undefined, requestedOn: '2025-02-30' });
    expect(missing.status).toBe(400);
    expect(new Set((missing.body as Problem).errors?.map((error) => error.field))).toEqual(
      new Set(['isoCode', 'requestedOn']),
    );
    const future = await request({ requestedOn: addDays(today(), 1) });
    expect(future.status).toBe(400);
    expect((future.body as Problem).code).toBe('DATE.IN_FUTURE');
  });

  it('only the planner (and admin) may request; without a token 401', async () => {
    expect((await h.request({ method: 'POST', url: '/api/fittings', role: 'warehouse', body: {} })).status).toBe(403);
    expect((await h.request({ method: 'POST', url: '/api/fittings', role: 'viewer', body: {} })).status).toBe(403);
    expect((await request({}, {}, null)).status).toBe(401);
  });
});

describe('offer, complete, cancel', () => {
  it('offers, completes, and the same again appends nothing', async () => {
    const fittingId = await requested(today());
    const offer = { offeredOn: today(), appointmentOn: addDays(today(), 7) };
    expect(await on(fittingId, 'offer', offer)).toMatchObject({
      status: 200,
      body: { id: fittingId, streamRevision: 1 },
    });
    expect(await on(fittingId, 'offer', offer)).toMatchObject({ status: 200, body: { streamRevision: 1 } });
    const moved = await on(fittingId, 'offer', { ...offer, appointmentOn: addDays(today(), 8) });
    expect(moved.status).toBe(409);
    expect((moved.body as Problem).code).toBe('FITTING.ALREADY_OFFERED');
    expect(await on(fittingId, 'complete', { completedOn: today() })).toMatchObject({
      status: 200,
      body: { streamRevision: 2 },
    });
    const cancel = await on(fittingId, 'cancel', {});
    expect(cancel.status).toBe(409);
    expect((cancel.body as Problem).code).toBe('FITTING.COMPLETED');
  });

  it('completing before an offer is 409; an offer before the request is 409', async () => {
    const fittingId = await requested(addDays(today(), -3));
    const early = await on(fittingId, 'complete', { completedOn: today() });
    expect(early.status).toBe(409);
    expect((early.body as Problem).code).toBe('FITTING.NOT_OFFERED');
    const beforeRequest = await on(fittingId, 'offer', { offeredOn: addDays(today(), -4), appointmentOn: today() });
    expect(beforeRequest.status).toBe(409);
    expect((beforeRequest.body as Problem).code).toBe('FITTING.DATE_BEFORE_REQUEST');
  });

  it('cancels with or without a reason; cancelled, it is not offered', async () => {
    const fittingId = await requested(today());
    expect((await on(fittingId, 'cancel', { reason: 'Prescription withdrawn' })).status).toBe(200);
    expect((await on(fittingId, 'cancel', { reason: 'Prescription withdrawn' })).status).toBe(200);
    expect((await on(fittingId, 'cancel', { reason: 'Moved' })).status).toBe(409);
    const offer = await on(fittingId, 'offer', { offeredOn: today(), appointmentOn: today() });
    expect(offer.status).toBe(409);
    expect((offer.body as Problem).code).toBe('FITTING.CANCELLED');
    expect((await on(await requested(today()), 'cancel', {})).status).toBe(200);
  });

  it('an unknown fitting is 404, a malformed id or body 400, another role 403', async () => {
    const unknown = await on(randomUUID(), 'offer', { offeredOn: today(), appointmentOn: today() });
    expect(unknown.status).toBe(404);
    expect((unknown.body as Problem).code).toBe('FITTING.NOT_FOUND');
    expect((await on('not-a-uuid', 'complete', { completedOn: today() })).status).toBe(400);
    expect((await on(randomUUID(), 'offer', { offeredOn: today() })).status).toBe(400);
    expect((await on(randomUUID(), 'cancel', { reason: '' })).status).toBe(400);
    expect((await on(randomUUID(), 'complete', { completedOn: today() }, 'warehouse')).status).toBe(403);
  });
});

describe('GET /api/metrics/fittings', () => {
  it('counts requests offered or past their 15th working day, per month of the request, as recomputed here', async () => {
    const fresh = await startHarness();
    const previous = h;
    h = fresh;
    try {
      personId = await createPerson(h);
      const now = today();
      // Requests 40, 30, 25, 20 and 5 days ago: offered at once, late, never, cancelled at once.
      const plan = [
        { ago: 40, offerAfter: 1 },
        { ago: 40, offerAfter: 30 },
        { ago: 30 },
        { ago: 25, offerAfter: 2 },
        { ago: 20, cancelAfter: 1 },
        { ago: 5 },
        { ago: 5, offerAfter: 0 },
      ];
      const sent: { requestedOn: string; offeredOn?: string; cancelledOn?: string }[] = [];
      for (const { ago, offerAfter, cancelAfter } of plan) {
        const requestedOn = addDays(now, -ago);
        const fittingId = await requested(requestedOn);
        const offeredOn = offerAfter === undefined ? undefined : addDays(requestedOn, offerAfter);
        const cancelledOn = cancelAfter === undefined ? undefined : addDays(requestedOn, cancelAfter);
        if (offeredOn) expect((await on(fittingId, 'offer', { offeredOn, appointmentOn: offeredOn })).status).toBe(200);
        if (cancelledOn) expect((await on(fittingId, 'cancel', { cancelledOn })).status).toBe(200);
        sent.push({ requestedOn, offeredOn, cancelledOn });
      }
      await h.settle();
      const expected = new Map<string, { requests: number; within: number }>();
      for (const { requestedOn, offeredOn, cancelledOn } of sent) {
        const due = addSwedishWorkingDays(requestedOn, 15);
        const counts = offeredOn !== undefined || (due < now && (cancelledOn === undefined || cancelledOn > due));
        if (!counts) continue;
        const month = requestedOn.slice(0, 7);
        const group = expected.get(month) ?? { requests: 0, within: 0 };
        group.requests++;
        if (offeredOn !== undefined && offeredOn <= due) group.within++;
        expected.set(month, group);
      }
      const response = await h.request({ method: 'GET', url: '/api/metrics/fittings?groupBy=month', role: 'viewer' });
      expect(response.status).toBe(200);
      const metrics = response.body as Metrics;
      expect(metrics.target).toBe(0.8);
      expect(metrics.groups).toEqual(
        [...expected.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, { requests, within }]) => ({
            key,
            requests,
            offeredWithin15WorkingDays: within,
            share: Math.round((within / requests) * 1000) / 1000,
          })),
      );
      expect(metrics.groups.reduce((sum, group) => sum + group.requests, 0)).toBeGreaterThanOrEqual(4);

      const csv = await h.request({ method: 'GET', url: '/api/exports/fitting-metrics.csv', role: 'viewer' });
      expect(csv.status).toBe(200);
      expect(csv.text).toContain('offeredWithin15WorkingDays');
    } finally {
      await fresh.close();
      h = previous;
    }
  });

  it('filters on the day of the request; a bad day or grouping is 400; the payer may not read it', async () => {
    const far = await h.request({
      method: 'GET',
      url: '/api/metrics/fittings?from=2001-01-01&to=2001-12-31',
      role: 'viewer',
    });
    expect(far.body).toEqual({ target: 0.8, groups: [] });
    expect((await h.request({ method: 'GET', url: '/api/metrics/fittings?from=2025-13-01' })).status).toBe(400);
    expect((await h.request({ method: 'GET', url: '/api/metrics/fittings?groupBy=day' })).status).toBe(400);
    expect((await h.request({ method: 'GET', url: '/api/metrics/fittings', role: 'payer' })).status).toBe(403);
    expect((await h.request({ method: 'GET', url: '/api/metrics/fittings', role: null })).status).toBe(401);
  });
});
