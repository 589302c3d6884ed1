import { luhnCheckDigit } from '@aidledger/domain';
import type { Harness } from './app-harness.js';
import { todayInStockholm } from '../../apps/api/src/clock/clock.js';

export const today = (): string => todayInStockholm();

/** A valid 12-digit personnummer for a day of 1950 and a serial; different inputs give different numbers. */
export const validPersonnummer = (serial: number, dayOfYear = 40): string => {
  const date = new Date(Date.UTC(1950, 0, dayOfYear));
  const yymmdd = date.toISOString().slice(2, 10).replaceAll('-', '');
  const nine = `${yymmdd}${String(serial % 1000).padStart(3, '0')}`;
  return `19${nine}${luhnCheckDigit(nine)}`;
};

const expectStatus = (response: { status: number; text: string }, status: number, what: string): void => {
  if (response.status !== status)
    throw new Error(`${what}: expected ${status}, got ${response.status}: ${response.text}`);
};

export type World = { articleNo: string; personId: string; orderId: string; assetId: string };

let counter = 0;
const unique = (prefix: string): string =>
  `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

export const createArticle = async (h: Harness, kind: 'individual' | 'consumable' = 'individual'): Promise<string> => {
  const articleNo = unique('ART');
  const response = await h.request({
    method: 'POST',
    url: '/api/articles',
    body: {
      articleNo,
      name: 'Manuell rullstol',
      isoCode: '12 22 03',
      kind,
      rentable: true,
      monthlyRentSek: 250,
      purchasePriceSek: 8000,
    },
  });
  expectStatus(response, 201, 'create article');
  return articleNo;
};

export const createPerson = async (h: Harness, serial = counter++): Promise<string> => {
  const response = await h.request({
    method: 'POST',
    url: '/api/persons',
    body: { personnummer: validPersonnummer(serial, 1 + (serial % 300)), sex: 'female', municipality: 'Västerås' },
  });
  expectStatus(response, 201, 'create person');
  return (response.body as { id: string }).id;
};

export const placeOrder = async (
  h: Harness,
  personId: string,
  articleNo: string,
  plannedDeliveryDate = today(),
): Promise<string> => {
  const response = await h.request({
    method: 'POST',
    url: '/api/orders',
    body: {
      personId,
      articleNo,
      prescriberId: 'FS-1',
      priority: 2,
      plannedDeliveryDate,
      municipality: 'Västerås',
      payerId: 'KUND-VASTERAS',
    },
  });
  expectStatus(response, 201, 'place order');
  return (response.body as { id: string }).id;
};

export const receiveAsset = async (h: Harness, articleNo: string): Promise<string> => {
  const response = await h.request({
    method: 'POST',
    url: '/api/assets',
    body: { articleNo, serialNumber: unique('SN'), location: 'VAS-HUVUDLAGER' },
  });
  expectStatus(response, 201, 'receive asset');
  return (response.body as { id: string }).id;
};

/** Walks an aid to the given step of its life through the API. */
export const aidAt = async (
  h: Harness,
  step: 'ready' | 'allocated' | 'inTransit' | 'onLoan' | 'awaitingReconditioning' | 'scrapped',
): Promise<World> => {
  const articleNo = await createArticle(h);
  const personId = await createPerson(h);
  const orderId = await placeOrder(h, personId, articleNo);
  const assetId = await receiveAsset(h, articleNo);
  const world = { articleNo, personId, orderId, assetId };
  const steps: Array<[string, string, unknown]> = [
    ['allocated', `/api/orders/${orderId}/allocate`, { assetId }],
    ['inTransit', `/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R1' }],
    ['onLoan', `/api/assets/${assetId}/deliver`, { orderId, deliveredOn: today() }],
    ['awaitingReconditioning', `/api/assets/${assetId}/return`, { returnedOn: today(), reason: 'Not needed' }],
  ];
  if (step === 'scrapped') {
    expectStatus(
      await h.request({
        method: 'POST',
        url: `/api/assets/${assetId}/scrap`,
        body: { scrappedOn: today(), reason: 'Worn out' },
      }),
      200,
      'scrap',
    );
    return world;
  }
  for (const [reached, url, body] of steps) {
    if (step === 'ready') break;
    expectStatus(await h.request({ method: 'POST', url, body }), 200, `to ${reached}`);
    if (reached === step) break;
  }
  return world;
};
