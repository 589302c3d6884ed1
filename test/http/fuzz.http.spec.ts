import * as fc from 'fast-check';
import { UnsecuredJWT } from 'jose';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { signToken } from '../../apps/api/src/auth/token-verifier.js';
import { startHarness } from '../support/app-harness.js';
import { aidAt, createArticle, createPerson, today, validPersonnummer } from '../support/fixtures.js';
import { echoedPersonnummer, requestsFor, type FuzzRequest, type KnownValues } from '../support/openapi-arbitraries.js';
import { documentedOperations, type OpenApiDocument } from '../support/openapi-schema.js';

/** Runs per operation: 1,000 in `npm test`, 10,000 in `npm run test:fuzz`. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/**
 * A new seed each run explores new inputs. FUZZ_SEED=<seed> replays a run when given to the whole file:
 * what earlier operations appended is part of what later ones meet.
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

// The lookup limit is per caller and every fuzzed request is one caller: at 60 a minute, all but the first 60
// lookups would stop at the rate limiter and never reach validation. The limit has its own test (hardening).
const h = await startHarness({ env: { LOOKUPS_PER_MINUTE: '1000000' } });
const document = (await h.request({ method: 'GET', url: '/api/docs/openapi.json', role: null }))
  .body as OpenApiDocument;
const operations = documentedOperations(document);
const store = h.app.get<symbol, EventStore>(EVENT_STORE);
const fastify = h.app.getHttpAdapter().getInstance();

/** Wall time and this process's CPU time: on a shared machine only the second says what CI will take. */
type Tally = { requests: number; statuses: Map<number, number>; ms: number; cpuMs: number };
const tallies = new Map<string, Tally>();
let known: KnownValues;
/** Article numbers the fuzz registered: assortment data from then on, which refusals may name. */
const assortment = new Set<string>();

const registeredArticleNo = (request: FuzzRequest): string | undefined => {
  try {
    const { articleNo } = JSON.parse(request.payload ?? '') as { articleNo?: unknown };
    return typeof articleNo === 'string' ? articleNo : undefined;
  } catch {
    return undefined;
  }
};

beforeAll(async () => {
  const worlds = await Promise.all(
    (['ready', 'allocated', 'inTransit', 'onLoan', 'awaitingReconditioning', 'scrapped'] as const).map((step) =>
      aidAt(h, step),
    ),
  );
  const onLoan = worlds[3];
  const repair = await h.request({
    method: 'POST',
    url: `/api/assets/${onLoan.assetId}/repairs`,
    body: { reportedOn: today(), description: 'Brake does not hold' },
  });
  const consumable = await createArticle(h, 'consumable');
  await h.request({
    method: 'POST',
    url: `/api/consumables/${consumable}/receive`,
    body: { location: 'VAS-HUVUDLAGER', quantity: 100, receivedOn: today() },
  });
  const personnummer = validPersonnummer(4242, 123);
  await h.request({ method: 'POST', url: '/api/persons', body: { personnummer, sex: 'other', municipality: 'Sala' } });
  await createPerson(h);
  await h.settle();
  const secret = h.config.authSecret!;
  const claims = { subject: 'fuzz', name: 'fuzz', role: 'admin' as const };
  known = {
    today: today(),
    assets: worlds.map((world) => world.assetId),
    orders: worlds.map((world) => world.orderId),
    persons: worlds.map((world) => world.personId),
    repairs: [(repair.body as { id: string }).id],
    articles: [...new Set(worlds.map((world) => world.articleNo)), consumable],
    personnummer: [personnummer],
    token: await h.token('admin', 'fuzz'),
    refusedTokens: [
      await signToken(secret, { ...claims, expiresIn: '-1m' }),
      await signToken(`${secret}-not`, claims),
      new UnsecuredJWT({ role: 'admin' }).setSubject('fuzz').setIssuer('aidledger').setExpirationTime('1h').encode(),
      'not.a.token',
    ],
  };
});

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1).padStart(6)} s`;

afterAll(async () => {
  const lines = [...tallies].map(([operation, { requests, statuses, ms, cpuMs }]) => {
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    return `${operation.padEnd(50)} ${String(requests).padStart(6)} requests ${seconds(ms)} ${seconds(cpuMs)} CPU  ${byStatus.join(' ')}`;
  });
  const total = { requests: 0, ms: 0, cpuMs: 0 };
  for (const tally of tallies.values()) {
    total.requests += tally.requests;
    total.ms += tally.ms;
    total.cpuMs += tally.cpuMs;
  }
  lines.push(
    `${total.requests} requests in ${seconds(total.ms).trim()} (${seconds(total.cpuMs).trim()} CPU), FUZZ_SEED=${SEED}, FUZZ_RUNS=${RUNS}`,
  );
  console.log(`Fuzzed every operation of the OpenAPI document\n${lines.join('\n')}`);
  await h.close();
});

const send = async (request: FuzzRequest) => {
  const response = await fastify.inject({
    method: request.method as 'GET',
    url: request.url,
    headers: request.headers,
    payload: request.payload,
  });
  return {
    status: response.statusCode,
    contentType: String(response.headers['content-type'] ?? ''),
    text: response.body,
  };
};

const problemIn = (status: number, text: string): string | undefined => {
  try {
    const body = JSON.parse(text) as { status?: unknown; code?: unknown };
    if (body.status !== status || typeof body.code !== 'string') return 'is not Problem Details of its status';
  } catch {
    return 'is not JSON';
  }
  return undefined;
};

const describeRequest = (request: FuzzRequest): string =>
  `${request.method} ${request.url.slice(0, 300)} ${JSON.stringify(request.headers)} ${request.payload?.slice(0, 300) ?? ''}`;

describe(`every operation of the OpenAPI document, fuzzed (FUZZ_SEED=${SEED}, FUZZ_RUNS=${RUNS})`, () => {
  it.each(operations.map((operation) => [`${operation.method} ${operation.path}`, operation] as const))(
    '%s answers < 500, refuses as Problem Details, appends nothing when it refuses and repeats no personnummer',
    async (name, operation) => {
      const tally: Tally = { requests: 0, statuses: new Map(), ms: 0, cpuMs: 0 };
      tallies.set(name, tally);
      const started = performance.now();
      const cpu = process.cpuUsage();
      await fc.assert(
        fc.asyncProperty(requestsFor(document, operation, known), async (request) => {
          const before = await store.headPosition();
          const { status, contentType, text } = await send(request);
          const after = await store.headPosition();
          tally.requests++;
          tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
          const registered = name === 'POST /api/articles' && status === 201 ? registeredArticleNo(request) : undefined;
          if (registered) assortment.add(registered);
          const findings: string[] = [];
          if (status >= 500) findings.push(`answered ${status}: ${text.slice(0, 300)}`);
          if (status >= 400 && status < 500 && after !== before)
            findings.push(`answered ${status} but the head moved from ${before} to ${after}`);
          if (status >= 400 && !contentType.startsWith('application/problem+json'))
            findings.push(`answered ${status} as ${contentType || 'no content type'}`);
          if (status >= 400) {
            const problem = problemIn(status, text);
            if (problem) findings.push(`its ${status} body ${problem}: ${text.slice(0, 300)}`);
            const echoed = echoedPersonnummer(request, text, assortment);
            if (echoed) findings.push(`its ${status} body repeats ${echoed}: ${text.slice(0, 300)}`);
          }
          // What a command appended may set the order-fulfilment workflow going: let it finish, so that the
          // next request's head comparison sees only what that request did.
          if (after !== before) await h.settle();
          expect(findings.map((finding) => `${finding}, to ${describeRequest(request)}`)).toEqual([]);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      tally.ms = performance.now() - started;
      const { user, system } = process.cpuUsage(cpu);
      tally.cpuMs = (user + system) / 1000;
    },
    Math.max(120_000, RUNS * 40),
  );
});
