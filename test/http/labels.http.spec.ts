import { randomUUID } from 'node:crypto';
import {
  assetStream,
  isUnitNumber,
  unitNumberCandidate,
  unitNumberClaimStream,
  type UnitNumberClaimEvent,
} from '@aidledger/domain';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { findAccessLog, type ReadModelDb } from '@aidledger/projections';
import { READ_MODEL_DB } from '../../apps/api/src/read-models/read-model.provider.js';
import { v5 as uuidV5 } from 'uuid';
import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createArticle, placeOrder, receiveAsset, today, validPersonnummer } from '../support/fixtures.js';
import { pdfText } from '../support/pdf-text.js';
import type { Role } from '../../apps/api/src/auth/roles.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

type Asset = { assetId: string; unitNumber?: string; serialNumber: string; personId?: string; matchedBy?: string };

const asset = async (assetId: string): Promise<Asset> =>
  (await h.request({ method: 'GET', url: `/api/assets/${assetId}`, role: 'warehouse' })).body as Asset;

const receive = (body: object, headers: Record<string, string> = {}) =>
  h.request({ method: 'POST', url: '/api/assets', role: 'warehouse', body, headers });

const scan = (code: string, role: Role = 'warehouse') =>
  h.request({ method: 'POST', url: '/api/assets/scan', role, body: { code } });

/** The label as bytes: the harness's text answer would mangle a binary body. */
const label = async (assetId: string, role: Role = 'warehouse') => {
  const response = await h.app
    .getHttpAdapter()
    .getInstance()
    .inject({
      method: 'GET',
      url: `/api/assets/${assetId}/label.pdf`,
      headers: { authorization: `Bearer ${await h.token(role)}` },
    });
  return { status: response.statusCode, headers: response.headers, body: response.rawPayload };
};

/** Two asset ids whose first unit-number candidate is the same: found by a birthday search over derived ids. */
const collidingAssetIds = (): [string, string] => {
  const seen = new Map<string, string>();
  for (let n = 0; ; n++) {
    const assetId = uuidV5(`collide-${n}`, '6ba7b810-9dad-11d1-80b4-00c04fd430c8');
    const candidate = unitNumberCandidate(assetId, 0);
    const earlier = seen.get(candidate);
    if (earlier) return [earlier, assetId];
    seen.set(candidate, assetId);
  }
};

const store = (): EventStore => h.app.get<EventStore>(EVENT_STORE);

describe('unit numbers', () => {
  it('a received aid gets a unit number, shown by the aid, the asset index and the history', async () => {
    const articleNo = await createArticle(h);
    const assetId = await receiveAsset(h, articleNo);
    const { unitNumber } = await asset(assetId);
    expect(isUnitNumber(unitNumber ?? '')).toBe(true);
    await h.settle();
    const index = await h.request({ method: 'GET', url: `/api/assets?q=${unitNumber}`, role: 'warehouse' });
    expect((index.body as { items: Asset[] }).items).toEqual([expect.objectContaining({ assetId, unitNumber })]);
    const history = await h.request({ method: 'GET', url: `/api/assets/${assetId}/history`, role: 'auditor' });
    expect(history.body).toMatchObject({ assetId, unitNumber, events: [{ data: { unitNumber } }] });
  });

  it('concurrent receipts never share a unit number, also when their first candidates collide', async () => {
    const articleNo = await createArticle(h);
    const [first, second] = collidingAssetIds();
    const others = Array.from({ length: 10 }, () => randomUUID());
    const answers = await Promise.all(
      [first, second, ...others].map((assetId, n) =>
        receive({ assetId, articleNo, serialNumber: `SN-CONC-${n}`, location: 'VAS-HUVUDLAGER' }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
    const numbers = await Promise.all([first, second, ...others].map(async (id) => (await asset(id)).unitNumber));
    expect(new Set(numbers).size).toBe(numbers.length);
    // One of the pair won the shared candidate; the other took its next one.
    const shared = unitNumberCandidate(first, 0);
    expect([numbers[0], numbers[1]]).toContain(shared);
    const loser = numbers[0] === shared ? second : first;
    expect((await asset(loser)).unitNumber).toBe(unitNumberCandidate(loser, 1));
  });

  it('a receipt retried after a crash between its claim and the receipt keeps the number it claimed', async () => {
    const articleNo = await createArticle(h);
    const assetId = randomUUID();
    const unitNumber = unitNumberCandidate(assetId, 0);
    // What a kill -9 after the claim leaves behind: the claim, and no aid.
    await store().appendToStream(
      unitNumberClaimStream(unitNumber),
      [
        {
          id: randomUUID(),
          type: 'UnitNumberClaimed',
          data: { unitNumber, assetId } satisfies UnitNumberClaimEvent['data'],
          metadata: {
            actor: 'test',
            occurredAt: new Date().toISOString(),
            correlationId: 'c',
            causationId: 'c',
            schemaVersion: 1,
          },
        },
      ],
      'no_stream',
    );
    expect(await store().readStream(assetStream(assetId))).toEqual([]);
    const answer = await receive({ assetId, articleNo, serialNumber: 'SN-CRASHED', location: 'VAS-HUVUDLAGER' });
    expect(answer.status).toBe(201);
    expect((await asset(assetId)).unitNumber).toBe(unitNumber);
    expect(await store().readStream(unitNumberClaimStream(unitNumber))).toHaveLength(1);
  });

  it('a receipt resent with its Idempotency-Key claims nothing new and answers the same number', async () => {
    const articleNo = await createArticle(h);
    const body = { articleNo, serialNumber: 'SN-IDEM-LABEL', location: 'VAS-HUVUDLAGER' };
    const headers = { 'idempotency-key': `label-${randomUUID()}` };
    const first = await receive(body, headers);
    const again = await receive(body, headers);
    expect(again.body).toEqual(first.body);
    const assetId = (first.body as { id: string }).id;
    const { unitNumber } = await asset(assetId);
    expect(unitNumber).toBe(unitNumberCandidate(assetId, 0));
    expect(await store().readStream(unitNumberClaimStream(unitNumber as string))).toHaveLength(1);
  });

  it('a receipt that is refused claims no number: nothing is appended', async () => {
    const articleNo = await createArticle(h);
    const consumable = await createArticle(h, 'consumable');
    const assetId = randomUUID();
    const before = await h.head();
    for (const [body, status] of [
      [{ articleNo: 'NO-SUCH-ARTICLE', serialNumber: 'SN-R', location: 'VAS' }, 404],
      [{ articleNo: consumable, serialNumber: 'SN-R', location: 'VAS' }, 409],
      [{ articleNo, serialNumber: 'SN-R', location: 'VAS', receivedOn: '2999-01-01' }, 400],
    ] as const) {
      expect((await receive({ ...body, assetId })).status).toBe(status);
    }
    expect(await h.head()).toBe(before);
    expect(await store().readStream(unitNumberClaimStream(unitNumberCandidate(assetId, 0)))).toEqual([]);
  });

  it('an aid received before unit numbers is given one, once', async () => {
    const articleNo = await createArticle(h);
    const assetId = randomUUID();
    await store().appendToStream(
      assetStream(assetId),
      [
        {
          id: randomUUID(),
          type: 'AssetRegistered',
          data: { assetId, articleNo, serialNumber: 'SN-OLD', location: 'VAS-HUVUDLAGER', receivedOn: '2020-01-02' },
          metadata: {
            actor: 'test',
            occurredAt: new Date().toISOString(),
            correlationId: 'c',
            causationId: 'c',
            schemaVersion: 1,
          },
        },
      ],
      'no_stream',
    );
    expect((await asset(assetId)).unitNumber).toBeUndefined();
    expect((await label(assetId)).status).toBe(409);
    const assign = () => h.request({ method: 'POST', url: `/api/assets/${assetId}/unit-number`, role: 'warehouse' });
    expect((await assign()).status).toBe(200);
    const { unitNumber } = await asset(assetId);
    expect(isUnitNumber(unitNumber ?? '')).toBe(true);
    const again = await assign();
    expect(again.status).toBe(200);
    expect((await asset(assetId)).unitNumber).toBe(unitNumber);
    expect((await h.request({ method: 'POST', url: `/api/assets/${randomUUID()}/unit-number` })).status).toBe(404);
    expect(
      (await h.request({ method: 'POST', url: `/api/assets/${assetId}/unit-number`, role: 'transport' })).status,
    ).toBe(403);
  });
});

describe('labels', () => {
  it("answers a PDF with the unit number, article and serial number, and nothing of the aid's holder", async () => {
    const personnummer = validPersonnummer(777, 77);
    const person = await h.request({
      method: 'POST',
      url: '/api/persons',
      body: {
        personnummer,
        sex: 'male',
        municipality: 'Västerås',
        contact: {
          name: 'Östen Labelsson',
          address: { street: 'Etikettgatan 7', postalCode: '72211', city: 'Västerås' },
          phone: '070-1234567',
          protectedIdentity: false,
        },
      },
    });
    expect(person.status).toBe(201);
    const personId = (person.body as { id: string }).id;
    const articleNo = await createArticle(h);
    const orderId = await placeOrder(h, personId, articleNo);
    const assetId = await receiveAsset(h, articleNo);
    for (const [url, body] of [
      [`/api/orders/${orderId}/allocate`, { assetId }],
      [`/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R1' }],
      [`/api/assets/${assetId}/deliver`, { orderId, deliveredOn: today() }],
    ] as const)
      expect((await h.request({ method: 'POST', url, body })).status).toBe(200);
    const { unitNumber, serialNumber } = await asset(assetId);

    const response = await label(assetId, 'transport');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/pdf/);
    expect(response.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(response.body);
    expect(text).toContain(unitNumber);
    expect(text).toContain(articleNo);
    expect(text).toContain('Manuell rullstol');
    expect(text).toContain(serialNumber);
    const whole = `${text}\n${response.body.toString('latin1')}`;
    for (const personal of [
      personnummer,
      personnummer.slice(2),
      'Östen',
      'Labelsson',
      'Etikettgatan',
      '070-1234567',
      personId,
    ])
      expect(whole).not.toContain(personal);
  });

  it('only warehouse, transport and admin print labels; an unknown aid is 404', async () => {
    const { assetId } = await aidAt(h, 'ready');
    expect((await label(assetId, 'admin')).status).toBe(200);
    for (const role of ['planner', 'viewer', 'auditor', 'finance'] as Role[])
      expect((await label(assetId, role)).status).toBe(403);
    const unknown = await label(randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(unknown.body.toString('utf8'))).toMatchObject({ code: 'ASSET.NOT_FOUND' });
    expect((await label('not-a-uuid')).status).toBe(400);
  });
});

describe('scanning', () => {
  it('finds an aid by its unit number, however it was typed, by its asset id and by its serial number', async () => {
    const { assetId } = await aidAt(h, 'allocated');
    const { unitNumber, serialNumber } = await asset(assetId);
    const typed = `${(unitNumber as string).slice(0, 3).toLowerCase()}-${(unitNumber as string).slice(3)}`;
    await h.settle();
    for (const [code, matchedBy] of [
      [unitNumber as string, 'unitNumber'],
      [` ${typed} `, 'unitNumber'],
      [assetId, 'assetId'],
      [assetId.toUpperCase(), 'assetId'],
      [serialNumber, 'serialNumber'],
    ]) {
      const response = await scan(code);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ assetId, unitNumber, serialNumber, status: 'allocated', matchedBy });
    }
  });

  it('a scan that finds an aid with a person is in the access log, one entry per scan', async () => {
    const { assetId, personId } = await aidAt(h, 'onLoan');
    const { unitNumber } = await asset(assetId);
    const entries = async () => {
      await h.settle();
      const page = await findAccessLog(h.app.get<ReadModelDb>(READ_MODEL_DB), { personId, limit: 500 });
      return page.items.filter((item) => item.action === 'asset.scan' && item.actor === 'transport.tester').length;
    };
    expect(await entries()).toBe(0);
    expect((await scan(unitNumber as string, 'transport')).body).toMatchObject({ assetId, personId });
    expect(await entries()).toBe(1);
  });

  it('nothing matching is 404 with its own code, and the code is not echoed', async () => {
    for (const code of ['NO-SUCH-SERIAL', randomUUID(), unitNumberCandidate(randomUUID(), 0), '19121212-1212']) {
      const response = await scan(code);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'ASSET.SCAN_NO_MATCH' });
      expect(response.text).not.toContain(code.trim());
    }
  });

  it('a serial number two aids share is ambiguous', async () => {
    const articleNo = await createArticle(h);
    for (let n = 0; n < 2; n++)
      expect((await receive({ articleNo, serialNumber: 'SN-TWINS', location: 'VAS-HUVUDLAGER' })).status).toBe(201);
    await h.settle();
    expect(await scan('SN-TWINS')).toMatchObject({ status: 409, body: { code: 'ASSET.SCAN_AMBIGUOUS' } });
  });

  it('refuses an empty code with 400 and roles without the aids with 403', async () => {
    expect((await scan('')).status).toBe(400);
    expect((await h.request({ method: 'POST', url: '/api/assets/scan', role: 'warehouse', body: {} })).status).toBe(
      400,
    );
    for (const role of ['viewer', 'finance', 'payer'] as Role[]) expect((await scan('ANY', role)).status).toBe(403);
    expect((await scan('ANY', 'transport')).status).toBe(404);
  });
});
