import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EVENT_STORE, verifyStreamChain, type EventStore } from '@aidledger/event-store';
import { startHarness, type Harness } from '../support/app-harness.js';
import { createArticle, placeOrder, receiveAsset, today, validPersonnummer } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const PERSONNUMMER = validPersonnummer(382, 185);
const CONTACT = {
  name: 'Ingegärd Östlund',
  address: { street: 'Blåbärsstigen 17', postalCode: '73130', city: 'Köping' },
  phone: '0221-987 65',
  deliveryNotes: 'Portkod 4711, ring före',
  protectedIdentity: false,
};

/** Every byte of every file under DATA_DIR (the event store, its WAL, the read models, the key vault). */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });

const found = (needles: string[]): string[] => {
  const hits: string[] = [];
  for (const file of filesUnder(h.config.dataDir)) {
    const bytes = readFileSync(file);
    for (const needle of needles)
      for (const encoding of ['utf8', 'utf16le'] as const)
        if (bytes.includes(Buffer.from(needle, encoding))) hits.push(`${path.basename(file)}: ${needle} (${encoding})`);
  }
  return hits;
};

const register = async (personnummer: string, contact = CONTACT) => {
  const response = await h.request({
    method: 'POST',
    url: '/api/persons',
    role: 'planner',
    body: { personnummer, sex: 'female', municipality: 'Köping', contact },
  });
  expect(response.status).toBe(201);
  return (response.body as { id: string }).id;
};

describe('personal data at rest', () => {
  it('no plain personnummer, name, street or phone can be found in any file under DATA_DIR', async () => {
    const personId = await register(PERSONNUMMER);
    const articleNo = await createArticle(h);
    const orderId = await placeOrder(h, personId, articleNo);
    const assetId = await receiveAsset(h, articleNo);
    await h.request({ method: 'POST', url: `/api/orders/${orderId}/allocate`, body: { assetId } });
    await h.request({
      method: 'PUT',
      url: `/api/persons/${personId}/contact`,
      role: 'planner',
      body: { ...CONTACT, phone: '0221-111 22', deliveryNotes: 'Hunden är snäll' },
    });
    await h.settle();
    // The planner still reads them: they are encrypted, not lost.
    const details = await h.request({ method: 'GET', url: `/api/persons/${personId}`, role: 'planner' });
    expect(details.body).toMatchObject({ contact: { name: CONTACT.name, phone: '0221-111 22' } });
    const route = await h.request({ method: 'GET', url: `/api/transport/route?day=${today()}`, role: 'transport' });
    expect(route.body).toMatchObject({ items: [{ recipient: { name: CONTACT.name, street: 'Blåbärsstigen 17' } }] });

    expect(
      found([
        PERSONNUMMER,
        `${PERSONNUMMER.slice(2, 8)}-${PERSONNUMMER.slice(8)}`,
        PERSONNUMMER.slice(2),
        'Ingegärd',
        'Östlund',
        'Blåbärsstigen',
        '0221-987 65',
        '0221-111 22',
        'Portkod 4711',
        'Hunden',
      ]),
    ).toEqual([]);
  });
});

describe('erasure by deleting the key', () => {
  it('makes every read show erased, lookup 404, keeps the statistics facts, and every chain still verifies', async () => {
    const personnummer = validPersonnummer(963, 71);
    const personId = await register(personnummer, { ...CONTACT, name: 'Signe Ruud' });
    const articleNo = await createArticle(h);
    const orderId = await placeOrder(h, personId, articleNo);
    const assetId = await receiveAsset(h, articleNo);
    await h.request({ method: 'POST', url: `/api/orders/${orderId}/allocate`, body: { assetId } });
    const lookup = () =>
      h.request({ method: 'POST', url: '/api/persons/lookup', role: 'planner', body: { personnummer } });
    expect((await lookup()).body).toEqual({ id: personId });

    const erase = (role: 'planner' | 'admin', reason = 'Begäran om radering') =>
      h.request({ method: 'POST', url: `/api/persons/${personId}/erase`, role, body: { reason } });
    expect((await erase('planner')).status).toBe(403);
    // A stale If-Match is refused before anything is written: the personnummer stays claimed.
    const stale = await h.request({
      method: 'POST',
      url: `/api/persons/${personId}/erase`,
      body: { reason: 'Begäran om radering' },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.status).toBe(412);
    expect((await lookup()).body).toEqual({ id: personId });
    expect((await erase('admin')).status).toBe(200);
    await h.settle();

    expect((await lookup()).status).toBe(404);
    expect((await h.request({ method: 'GET', url: `/api/persons/${personId}`, role: 'auditor' })).body).toEqual({
      personId,
      status: 'erased',
      sex: 'female',
      birthYear: 1950,
      municipality: 'Köping',
      erasedOn: today(),
    });
    const route = await h.request({ method: 'GET', url: `/api/transport/route?day=${today()}`, role: 'planner' });
    const stop = (route.body as { items: { personId: string; recipient: unknown }[] }).items.find(
      (item) => item.personId === personId,
    );
    expect(stop?.recipient).toMatchObject({ name: null, street: null, erased: true });
    expect(found(['Signe Ruud', personnummer])).toEqual([]);

    // Erasing again does nothing but answers; the number may be registered anew as a new person.
    expect((await erase('admin', 'Igen')).status).toBe(200);
    expect(await register(personnummer)).not.toBe(personId);

    const store = h.app.get<EventStore>(EVENT_STORE);
    for (const stream of [`person-${personId}`, `asset-${assetId}`, `order-${orderId}`])
      expect([stream, verifyStreamChain(await store.readStream(stream))]).toEqual([stream, { valid: true }]);
  });
});
