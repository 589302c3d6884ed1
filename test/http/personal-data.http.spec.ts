import { jest } from '@jest/globals';
import { startHarness, type Harness } from '../support/app-harness.js';
import { validPersonnummer } from '../support/fixtures.js';

const personnummer = validPersonnummer(555, 150);
const forms = [
  personnummer,
  personnummer.slice(2),
  `${personnummer.slice(2, 8)}-${personnummer.slice(8)}`,
  `${personnummer.slice(0, 8)}-${personnummer.slice(8)}`,
];

describe('the personnummer never reaches the server output', () => {
  const logLines: string[] = [];
  const written: string[] = [];
  let h: Harness;

  beforeAll(async () => {
    const capture = (chunk: unknown): boolean => {
      written.push(String(chunk));
      return true;
    };
    jest.spyOn(process.stdout, 'write').mockImplementation(capture as typeof process.stdout.write);
    jest.spyOn(process.stderr, 'write').mockImplementation(capture as typeof process.stderr.write);
    h = await startHarness({ env: { LOG_LEVEL: 'trace' }, logLines });
  });

  afterAll(async () => {
    await h.close();
    jest.restoreAllMocks();
  });

  it('holds through registration, duplicates, lookups, bad input and errors', async () => {
    const post = (url: string, body: unknown, rawBody?: string) => h.request({ method: 'POST', url, body, rawBody });
    expect((await post('/api/persons', { personnummer, sex: 'female', municipality: 'Sala' })).status).toBe(201);
    for (const form of forms) {
      const duplicate = await post('/api/persons', { personnummer: form, sex: 'female', municipality: 'Sala' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.text).not.toContain(personnummer.slice(2, 8));
      expect((await post('/api/persons/lookup', { personnummer: form })).status).toBe(200);
    }
    expect(
      (
        await post('/api/persons', {
          personnummer: `${personnummer.slice(0, 11)}0`,
          sex: 'female',
          municipality: 'Sala',
        })
      ).status,
    ).toBe(400);
    expect((await post('/api/persons', { personnummer, sex: 'nope', municipality: 'Sala' })).status).toBe(400);
    expect((await post('/api/persons', undefined, `{"personnummer":"${personnummer}",`)).status).toBe(400);
    expect((await post('/api/persons/lookup', { personnummer, extra: personnummer })).status).toBe(400);
    expect(
      (await h.request({ method: 'GET', url: `/api/persons/${personnummer}/aids` })).status,
    ).toBeGreaterThanOrEqual(400);

    const output = [...logLines, ...written].join('\n');
    // The capture is real: request logs at trace level did reach it.
    expect(logLines.length).toBeGreaterThan(10);
    for (const form of forms) expect(output).not.toContain(form);
    expect(output).not.toContain(personnummer.slice(2, 8) + personnummer.slice(8));
  });
});
