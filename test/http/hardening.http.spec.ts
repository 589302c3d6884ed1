import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createPerson, today, validPersonnummer } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { LOOKUPS_PER_MINUTE: '5' } });
});
afterAll(async () => {
  await h.close();
});

const article = (overrides: Record<string, unknown>) => ({
  articleNo: 'HARD-1',
  name: 'Rollator',
  isoCode: '12 06 06',
  kind: 'individual',
  rentable: true,
  monthlyRentSek: 250,
  purchasePriceSek: 1200,
  ...overrides,
});

describe('armour', () => {
  it('sends security headers and a content security policy', async () => {
    const response = await h.request({ method: 'GET', url: '/health', role: null });
    expect(response.headers['content-security-policy']).toEqual(expect.stringContaining("default-src 'self'"));
    expect(response.headers['content-security-policy']).toEqual(expect.stringContaining("frame-ancestors 'none'"));
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toEqual(expect.stringContaining('max-age='));
  });

  it('refuses a body nested deeper than the limit with 400 and appends nothing', async () => {
    const before = await h.head();
    const deep = `{"name":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const response = await h.request({ method: 'POST', url: '/api/articles', rawBody: deep });
    expect(response).toMatchObject({ status: 400, body: { code: 'REQUEST.TOO_DEEP' } });
    expect(await h.head()).toBe(before);
  });

  it('counts brackets inside strings as text, not nesting', async () => {
    const response = await h.request({
      method: 'POST',
      url: '/api/articles',
      body: article({ name: '['.repeat(100) }),
    });
    expect(response.status).toBe(201);
  });

  it.each([1e-7, 2.005, -1, 1e300])('an amount of %s kronor is 400, not 500', async (amount) => {
    const response = await h.request({
      method: 'POST',
      url: '/api/articles',
      body: article({ articleNo: `HARD-${String(amount).replace(/\W/g, '')}`, monthlyRentSek: amount }),
    });
    expect(response).toMatchObject({
      status: 400,
      body: { code: 'REQUEST.VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'monthlyRentSek' })] },
    });
  });

  it('never echoes an address into an error body', async () => {
    const personnummer = validPersonnummer(7);
    for (const url of [
      `/api/persons/${personnummer}/aids`,
      `/api/no-such-thing/${personnummer}`,
      `/api/assets/${personnummer}`,
    ]) {
      const response = await h.request({ method: 'GET', url, role: 'auditor' });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.text).not.toContain(personnummer);
      expect(response.text).not.toContain(personnummer.slice(2, 8));
    }
  });

  it('never repeats a personnummer sent as a property name, an If-Match revision or an article number', async () => {
    const personnummer = validPersonnummer(8);
    const { assetId } = await aidAt(h, 'ready');
    const answers = [
      await h.request({ method: 'POST', url: '/api/articles', body: { ...article({}), [personnummer]: true } }),
      await h.request({
        method: 'POST',
        url: `/api/assets/${assetId}/inspect`,
        body: { inspectedOn: today(), passed: true },
        headers: { 'if-match': `"${personnummer}"` },
      }),
      await h.request({
        method: 'POST',
        url: `/api/consumables/${personnummer}/receive`,
        body: { location: 'VAS-HUVUDLAGER', quantity: 1, receivedOn: today() },
      }),
      await h.request({
        method: 'POST',
        url: '/api/assets',
        body: { articleNo: personnummer, serialNumber: 'S', location: 'L' },
      }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([400, 412, 404, 404]);
    for (const answer of answers) expect(answer.text).not.toContain(personnummer.slice(2));
  });

  it('still names an unknown property whose name is a plain name', async () => {
    const response = await h.request({ method: 'POST', url: '/api/articles', body: { ...article({}), colour: 'red' } });
    expect(response).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'colour', message: 'property colour should not exist' }] },
    });
  });

  it('answers an address with an overlong id as Problem Details', async () => {
    const response = await h.request({ method: 'GET', url: `/api/assets/${'a'.repeat(500)}`, role: 'auditor' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers['content-type']).toEqual(expect.stringContaining('application/problem+json'));
  });

  it('limits person lookups per caller, as Problem Details, without running the extra lookups', async () => {
    await createPerson(h);
    const lookup = () =>
      h.request({
        method: 'POST',
        url: '/api/persons/lookup',
        role: 'planner',
        body: { personnummer: validPersonnummer(901) },
      });
    const statuses: number[] = [];
    for (let n = 0; n < 7; n++) statuses.push((await lookup()).status);
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    const limited = await lookup();
    expect(limited).toMatchObject({ status: 429, body: { code: 'REQUEST.RATE_LIMITED' } });
    expect(limited.headers['retry-after']).toBeDefined();
    // Another caller has a count of its own.
    expect(
      (
        await h.request({
          method: 'POST',
          url: '/api/persons/lookup',
          role: 'auditor',
          body: { personnummer: validPersonnummer(901) },
        })
      ).status,
    ).toBe(404);
  });

  it('keeps DATA_DIR to the service user: the folder 0700, its files 0600', async () => {
    const dataDir = h.config.dataDir;
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dataDir).map((name) => path.join(dataDir, name));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) expect([file, statSync(file).mode & 0o077]).toEqual([file, 0]);
  });
});
