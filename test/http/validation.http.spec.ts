import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createArticle, createPerson, today, validPersonnummer } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const post = (url: string, body: unknown) => h.request({ method: 'POST', url, body });
const head = (): Promise<number> => h.head();

/** Every refusal must leave the log untouched. */
const expectRefusedWithoutAppend = async (
  send: () => Promise<{ status: number; body: unknown; headers: Record<string, unknown> }>,
  status: number,
) => {
  const before = await head();
  const response = await send();
  expect(response.status).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  expect(await head()).toBe(before);
  return response.body as { code: string; errors?: Array<{ field: string; message: string }>; detail: string };
};

describe('bad input gets a clear 400 and changes nothing', () => {
  it.each([
    [
      'a date that does not exist',
      {
        personId: 'P',
        articleNo: 'A',
        prescriberId: 'F',
        priority: 2,
        plannedDeliveryDate: '2025-02-30',
        municipality: 'M',
        payerId: 'K',
      },
      'plannedDeliveryDate',
    ],
    [
      'priority outside 1-3',
      {
        personId: '00000000-0000-4000-8000-000000000000',
        articleNo: 'A',
        prescriberId: 'F',
        priority: 4,
        plannedDeliveryDate: '2025-02-03',
        municipality: 'M',
        payerId: 'K',
      },
      'priority',
    ],
    [
      'a wrong type',
      {
        personId: '00000000-0000-4000-8000-000000000000',
        articleNo: 'A',
        prescriberId: 'F',
        priority: '2',
        plannedDeliveryDate: '2025-02-03',
        municipality: 'M',
        payerId: 'K',
      },
      'priority',
    ],
    [
      'a missing field',
      {
        personId: '00000000-0000-4000-8000-000000000000',
        articleNo: 'A',
        prescriberId: 'F',
        priority: 2,
        municipality: 'M',
        payerId: 'K',
      },
      'plannedDeliveryDate',
    ],
    [
      'an unknown field',
      {
        personId: '00000000-0000-4000-8000-000000000000',
        articleNo: 'A',
        prescriberId: 'F',
        priority: 2,
        plannedDeliveryDate: '2025-02-03',
        municipality: 'M',
        payerId: 'K',
        discount: 1,
      },
      'discount',
    ],
  ])('an order with %s', async (_case, body, field) => {
    const problem = await expectRefusedWithoutAppend(() => post('/api/orders', body), 400);
    expect(problem.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(problem.errors?.map((error) => error.field)).toContain(field);
  });

  it.each([
    ['bad check digit', '19121212-1213'],
    ['impossible date', '19120230-1212'],
    ['too few digits', '1212121212-1'],
    ['letters', '19121212-ABCD'],
  ])('a personnummer with %s', async (_case, personnummer) => {
    const problem = await expectRefusedWithoutAppend(
      () => post('/api/persons', { personnummer, sex: 'male', municipality: 'Sala' }),
      400,
    );
    expect(problem.errors?.[0].field).toBe('personnummer');
    expect(JSON.stringify(problem)).not.toContain(personnummer);
  });

  it('a blank municipality, and claims nothing for the personnummer', async () => {
    const personnummer = validPersonnummer(913);
    const problem = await expectRefusedWithoutAppend(
      () => post('/api/persons', { personnummer, sex: 'female', municipality: ' ' }),
      400,
    );
    expect(problem.code).toBe('PERSON.MUNICIPALITY_REQUIRED');
    expect((await post('/api/persons/lookup', { personnummer })).status).toBe(404);
  });

  it('accepts a samordningsnummer (day + 60)', async () => {
    const response = await post('/api/persons', { personnummer: '19701063-2391', sex: 'other', municipality: 'Sala' });
    expect(response.status).toBe(201);
  });

  it('a sex outside the enum', async () => {
    const problem = await expectRefusedWithoutAppend(
      () => post('/api/persons', { personnummer: validPersonnummer(900), sex: 'x', municipality: 'Sala' }),
      400,
    );
    expect(problem.errors?.map((error) => error.field)).toEqual(['sex']);
  });

  it('malformed JSON', async () => {
    const before = await head();
    const response = await h.request({ method: 'POST', url: '/api/articles', rawBody: '{"articleNo": ' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'REQUEST.INVALID', detail: expect.stringMatching(/JSON/) });
    expect(await head()).toBe(before);
  });

  it('an oversized body is 413', async () => {
    const response = await h.request({
      method: 'POST',
      url: '/api/articles',
      rawBody: JSON.stringify({ name: 'x'.repeat(200_000) }),
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'REQUEST.TOO_LARGE' });
  });

  it('a body that is not JSON at all', async () => {
    const response = await h.request({
      method: 'POST',
      url: '/api/articles',
      rawBody: 'articleNo=1',
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(415);
  });

  it('a JSON array or null as body', async () => {
    expect((await h.request({ method: 'POST', url: '/api/articles', rawBody: '[]' })).status).toBe(400);
    expect((await h.request({ method: 'POST', url: '/api/articles', rawBody: 'null' })).status).toBe(400);
  });

  it('a path id that is not a UUID', async () => {
    const problem = await expectRefusedWithoutAppend(
      () => post('/api/assets/not-a-uuid/return', { returnedOn: today(), reason: 'x' }),
      400,
    );
    expect(problem.code).toBe('REQUEST.INVALID');
  });

  it('a delivery day in the future', async () => {
    const { assetId, orderId } = await aidAt(h, 'inTransit');
    const problem = await expectRefusedWithoutAppend(
      () => post(`/api/assets/${assetId}/deliver`, { orderId, deliveredOn: '2099-01-01' }),
      400,
    );
    expect(problem.code).toBe('DATE.IN_FUTURE');
  });

  it('a return dated before the delivery is refused', async () => {
    const { assetId } = await aidAt(h, 'onLoan');
    const problem = await expectRefusedWithoutAppend(
      () => post(`/api/assets/${assetId}/return`, { returnedOn: '2000-01-01', reason: 'x' }),
      409,
    );
    expect(problem.code).toMatch(/DATE_BEFORE_PREVIOUS/);
  });
});

describe('unknown references are 404, never 500', () => {
  const unknownId = '0b6c1f7e-3c55-4c64-9d0a-0d2f4b6a7e10';

  it('an order for an unknown person or article', async () => {
    const articleNo = await createArticle(h);
    const personId = await createPerson(h);
    const order = { prescriberId: 'F', priority: 1, plannedDeliveryDate: today(), municipality: 'Sala', payerId: 'K' };
    expect(
      (await expectRefusedWithoutAppend(() => post('/api/orders', { ...order, personId: unknownId, articleNo }), 404))
        .code,
    ).toBe('PERSON.NOT_FOUND');
    expect(
      (await expectRefusedWithoutAppend(() => post('/api/orders', { ...order, personId, articleNo: 'NOPE' }), 404))
        .code,
    ).toBe('ARTICLE.NOT_FOUND');
  });

  it('an asset of an unknown article', async () => {
    const problem = await expectRefusedWithoutAppend(
      () => post('/api/assets', { articleNo: 'NOPE', serialNumber: 'S', location: 'L' }),
      404,
    );
    expect(problem.code).toBe('ARTICLE.NOT_FOUND');
  });

  it.each([
    [
      'allocate to an unknown order',
      () => `/api/orders/${unknownId}/allocate`,
      { assetId: unknownId },
      'ORDER.NOT_FOUND',
    ],
    [
      'return an unknown aid',
      () => `/api/assets/${unknownId}/return`,
      { returnedOn: '2025-01-01', reason: 'x' },
      'ASSET.NOT_FOUND',
    ],
    [
      'scrap an unknown aid',
      () => `/api/assets/${unknownId}/scrap`,
      { scrappedOn: '2025-01-01', reason: 'x' },
      'ASSET.NOT_FOUND',
    ],
    [
      'move an unknown person',
      () => `/api/persons/${unknownId}/move`,
      { municipality: 'Sala', movedOn: '2025-01-01' },
      'PERSON.NOT_FOUND',
    ],
  ])('%s', async (_case, url, body, code) => {
    expect((await expectRefusedWithoutAppend(() => post(url(), body), 404)).code).toBe(code);
  });

  it('allocating an unknown aid to a real order', async () => {
    const { orderId } = await aidAt(h, 'ready');
    expect(
      (await expectRefusedWithoutAppend(() => post(`/api/orders/${orderId}/allocate`, { assetId: unknownId }), 404))
        .code,
    ).toBe('ASSET.NOT_FOUND');
  });

  it('an unknown route is a Problem Details 404', async () => {
    const response = await h.request({ method: 'POST', url: '/api/nothing-here', body: {} });
    expect(response.status).toBe(404);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
  });
});

describe('personnummer registers once', () => {
  it('again in another written form is 409 carrying the existing id', async () => {
    const twelve = validPersonnummer(321, 77);
    const first = await post('/api/persons', { personnummer: twelve, sex: 'male', municipality: 'Sala' });
    expect(first.status).toBe(201);
    const tenWithDash = `${twelve.slice(2, 8)}-${twelve.slice(8)}`;
    const again = await expectRefusedWithoutAppend(
      () => post('/api/persons', { personnummer: tenWithDash, sex: 'male', municipality: 'Sala' }),
      409,
    );
    expect(again).toMatchObject({ code: 'PERSON.ALREADY_REGISTERED', existingId: (first.body as { id: string }).id });
    expect(JSON.stringify(again)).not.toContain(twelve.slice(2));
  });

  it('concurrent registrations of one number: exactly one wins, the rest get its id', async () => {
    const personnummer = validPersonnummer(654, 123);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => post('/api/persons', { personnummer, sex: 'female', municipality: 'Sala' })),
    );
    const created = answers.filter((answer) => answer.status === 201);
    expect(created).toHaveLength(1);
    const id = (created[0].body as { id: string }).id;
    for (const answer of answers.filter((a) => a.status !== 201))
      expect(answer.body).toMatchObject({ status: 409, existingId: id });
  });

  it('lookup finds the person by any written form, and 404 for an unknown number', async () => {
    const personnummer = validPersonnummer(987, 200);
    const { id } = (await post('/api/persons', { personnummer, sex: 'female', municipality: 'Sala' })).body as {
      id: string;
    };
    const found = await post('/api/persons/lookup', { personnummer: personnummer.slice(2) });
    expect(found.status).toBe(200);
    expect(found.body).toEqual({ id });
    expect((await post('/api/persons/lookup', { personnummer: validPersonnummer(988, 200) })).status).toBe(404);
  });
});
