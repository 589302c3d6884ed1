import { readFileSync } from 'node:fs';
import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createArticle, validPersonnummer } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

type Sample = { name: string; labels: Record<string, string>; value: number };

/** The exposition's samples; throws on a line that is neither a comment nor a sample. */
const parse = (text: string): { samples: Sample[]; types: Map<string, string> } => {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const type = /^# TYPE (\w+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) types.set(type[1]!, type[2]!);
    if (line.startsWith('#')) continue;
    const sample = /^(\w+)(?:\{(.*)\})? (-?[\d.e+-]+|NaN|[+-]Inf)$/i.exec(line);
    if (!sample) throw new Error(`Not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (sample[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = value!;
    samples.push({ name: sample[1]!, labels, value: Number(sample[3]) });
  }
  return { samples, types };
};

const scrape = async () => {
  const response = await h.request({ method: 'GET', url: '/metrics', role: null });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return { text: response.text, ...parse(response.text) };
};

const value = (samples: Sample[], name: string, labels: Record<string, string>): number =>
  samples
    .filter((sample) => sample.name === name && Object.entries(labels).every(([k, v]) => sample.labels[k] === v))
    .reduce((sum, sample) => sum + sample.value, 0);

const article = (articleNo: string) => ({
  articleNo,
  name: 'Rollator',
  isoCode: '12 06 06',
  kind: 'individual',
  rentable: true,
  monthlyRentSek: 250,
  purchasePriceSek: 1200,
});

describe('GET /metrics', () => {
  it('needs no token and every sample belongs to a declared metric', async () => {
    const { samples, types } = await scrape();
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      const family = [...types.keys()].find(
        (name) => sample.name === name || /^_(bucket|sum|count|total|created)$/.test(sample.name.slice(name.length)),
      );
      expect(family).toBeDefined();
    }
    expect(types.get('aidledger_commands_total')).toBe('counter');
    expect(types.get('aidledger_http_request_duration_seconds')).toBe('histogram');
    expect(types.get('aidledger_store_head_position')).toBe('gauge');
    expect(types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
  });

  it('counts each command by what became of it: accepted, replayed, refused', async () => {
    const command = { command: 'RegisterArticle' };
    const before = (await scrape()).samples;
    const body = article('METRICS-1');
    const headers = { 'idempotency-key': 'metrics-register-1' };
    expect((await h.request({ method: 'POST', url: '/api/articles', body, headers })).status).toBe(201);
    expect((await h.request({ method: 'POST', url: '/api/articles', body, headers })).status).toBe(201);
    const refused = await h.request({ method: 'POST', url: '/api/articles', body: { ...body, name: 'Annan' } });
    expect(refused.status).toBe(409);
    const after = (await scrape()).samples;

    const moved = (labels: Record<string, string>) =>
      value(after, 'aidledger_commands_total', { ...command, ...labels }) -
      value(before, 'aidledger_commands_total', { ...command, ...labels });
    expect(moved({ outcome: 'accepted' })).toBe(1);
    expect(moved({ outcome: 'replayed' })).toBe(1);
    expect(moved({ outcome: 'refused', code: (refused.body as { code: string }).code })).toBe(1);
    expect(moved({ outcome: 'failed' })).toBe(0);

    const requests = (samples: Sample[], statusClass: string) =>
      value(samples, 'aidledger_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/articles',
        status_class: statusClass,
      });
    expect(requests(after, '2xx') - requests(before, '2xx')).toBe(2);
    expect(requests(after, '4xx') - requests(before, '4xx')).toBe(1);
  });

  it('labels a request by its route pattern and never carries an id or a personnummer', async () => {
    const personnummer = validPersonnummer(801, 120);
    const registered = await h.request({
      method: 'POST',
      url: '/api/persons',
      role: 'planner',
      body: { personnummer, sex: 'female', municipality: 'Sala' },
    });
    expect(registered.status).toBe(201);
    const personId = (registered.body as { id: string }).id;
    const before = (await scrape()).samples;
    expect((await h.request({ method: 'GET', url: `/api/persons/${personId}/aids`, role: 'auditor' })).status).toBe(
      200,
    );
    await h.settle();
    const { text, samples } = await scrape();

    expect(
      value(samples, 'aidledger_http_request_duration_seconds_count', { route: '/api/persons/:id/aids' }) -
        value(before, 'aidledger_http_request_duration_seconds_count', { route: '/api/persons/:id/aids' }),
    ).toBe(1);
    expect(
      value(samples, 'aidledger_access_log_entries_total', {}) -
        value(before, 'aidledger_access_log_entries_total', {}),
    ).toBe(1);
    expect(value(samples, 'aidledger_commands_total', { command: 'RegisterPerson', outcome: 'accepted' })).toBe(1);
    expect(text).not.toContain(personId);
    expect(text).not.toContain(personnummer);
    expect(text).not.toContain(personnummer.slice(2));
  });

  it('gives the store head and each projection lag as the health endpoints do', async () => {
    await aidAt(h, 'onLoan');
    await h.settle();
    const { samples } = await scrape();
    const health = await h.request({ method: 'GET', url: '/health', role: null });
    expect(value(samples, 'aidledger_store_head_position', {})).toBe(
      (health.body as { headPosition: number }).headPosition,
    );
    const ready = (await h.request({ method: 'GET', url: '/health/ready', role: null })).body as {
      projections: Array<{ name: string; version: number; lagEvents: number }>;
    };
    expect(ready.projections.length).toBeGreaterThan(0);
    for (const projection of ready.projections)
      expect(
        samples.filter(
          (sample) =>
            sample.name === 'aidledger_projection_lag_events' &&
            sample.labels.projection === projection.name &&
            sample.labels.version === String(projection.version),
        ),
      ).toEqual([expect.objectContaining({ value: projection.lagEvents })]);
  });

  it('serves every metric the Grafana dashboard queries', async () => {
    const { types } = await scrape();
    const dashboard = JSON.parse(readFileSync('infra/grafana/aidledger-dashboard.json', 'utf8')) as {
      panels: Array<{ targets: Array<{ expr: string }> }>;
    };
    const queried = new Set(
      dashboard.panels.flatMap((panel) =>
        panel.targets.flatMap((target) => [...target.expr.matchAll(/\b(?:aidledger|nodejs|process)_\w+/g)].map(String)),
      ),
    );
    expect(queried.size).toBeGreaterThan(5);
    const family = (name: string) => name.replace(/_(bucket|sum|count)$/, '');
    expect([...queried].filter((name) => !types.has(name) && !types.has(family(name)))).toEqual([]);
  });
});

describe('GET /metrics on an API whose projections run in a separate projector', () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness({ env: { EMBEDDED_PROJECTOR: 'off' } });
  });
  afterAll(async () => {
    await api.close();
  });

  it("reports the projector's lag from its checkpoints: with no projector running, every read model falls behind", async () => {
    await createArticle(api);
    const response = await api.request({ method: 'GET', url: '/metrics', role: null });
    const { samples } = parse(response.text);
    const head = ((await api.request({ method: 'GET', url: '/health', role: null })).body as { headPosition: number })
      .headPosition;
    expect(head).toBeGreaterThanOrEqual(0);
    // No projector has moved a checkpoint (-1): the articles read model is behind by every position up to the head.
    expect(value(samples, 'aidledger_projection_lag_events', { projection: 'articles' })).toBe(head + 1);
    expect(value(samples, 'aidledger_projection_lag_seconds', { projection: 'articles' })).toBeGreaterThanOrEqual(0);
  });
});
