import { findAccessLog, type ReadModelDb } from '@aidledger/projections';
import { READ_MODEL_DB } from '../../apps/api/src/read-models/read-model.provider.js';
import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, today, validPersonnummer } from '../support/fixtures.js';

let h: Harness;
let world: Awaited<ReturnType<typeof aidAt>>;
let personnummer: string;
beforeAll(async () => {
  h = await startHarness();
  personnummer = validPersonnummer(555, 200);
  const registered = await h.request({
    method: 'POST',
    url: '/api/persons',
    role: 'planner',
    body: { personnummer, sex: 'male', municipality: 'Sala' },
  });
  world = await aidAt(h, 'inTransit');
  if (registered.status !== 201) throw new Error(`registration answered ${registered.status}`);
  await h.settle();
});
afterAll(async () => {
  await h.close();
});

const entries = async (personId: string, action: string): Promise<number> => {
  await h.settle();
  const page = await findAccessLog(h.app.get<ReadModelDb>(READ_MODEL_DB), { personId, limit: 500 });
  return page.items.filter((item) => item.action === action && item.actor === 'auditor.tester').length;
};

describe('every read of person-level data is in the access log', () => {
  const reads: Array<[string, () => string]> = [
    ['person.details', () => `/api/persons/${world.personId}`],
    ['person.aids.read', () => `/api/persons/${world.personId}/aids`],
    ['person.orders.read', () => `/api/persons/${world.personId}/orders`],
    ['orders.list', () => '/api/orders'],
    ['transport.route', () => `/api/transport/route?day=${today()}`],
    ['assets.index', () => `/api/assets?articleNo=${world.articleNo}`],
    ['asset.state', () => `/api/assets/${world.assetId}`],
    ['asset.history', () => `/api/assets/${world.assetId}/history`],
  ];

  it.each(reads)('%s appends exactly one entry per read for the person it names', async (action, url) => {
    const read = () => h.request({ method: 'GET', url: url(), role: 'auditor' });
    const before = await entries(world.personId, action);
    expect((await read()).status).toBe(200);
    expect(await entries(world.personId, action)).toBe(before + 1);
    expect((await read()).status).toBe(200);
    expect(await entries(world.personId, action)).toBe(before + 2);
  });

  it('a lookup by personnummer is logged for the person found, and a lookup that finds no one is not', async () => {
    const found = await h.request({
      method: 'POST',
      url: '/api/persons/lookup',
      role: 'auditor',
      body: { personnummer },
    });
    const personId = (found.body as { id: string }).id;
    expect(await entries(personId, 'person.lookup')).toBe(1);
    const missing = await h.request({
      method: 'POST',
      url: '/api/persons/lookup',
      role: 'auditor',
      body: { personnummer: validPersonnummer(556, 201) },
    });
    expect(missing.status).toBe(404);
    expect(await entries(personId, 'person.lookup')).toBe(1);
  });

  it('a read refused to the role is not logged as a read', async () => {
    const before = await entries(world.personId, 'person.details');
    expect((await h.request({ method: 'GET', url: `/api/persons/${world.personId}`, role: 'viewer' })).status).toBe(
      403,
    );
    expect(await entries(world.personId, 'person.details')).toBe(before);
  });
});
