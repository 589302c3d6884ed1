import { isDeepStrictEqual } from 'node:util';
import { assetDecider, assetView, type AssetEvent, type AssetState } from '@aidledger/domain';
import { allProjections, readVersions, type ReadModelDb } from '@aidledger/projections';
import type { EventStore, RecordedEvent } from '../../../libs/event-store/src/event-store.port.js';
import {
  dumpReadModels,
  projectAll,
  readModelDifferences,
} from '../../../libs/projections/src/testing/read-model-dump.js';
import type { Deployment } from './deployment.js';

const COUNTERS = ['ready', 'allocated', 'inTransit', 'onLoan', 'awaitingReconditioning', 'scrapped'] as const;
type Counts = Record<(typeof COUNTERS)[number], number>;

/** What the read models say after the run: stock per article and location, deliveries on the workload's day. */
export type ReadModelSnapshot = { stock: Array<{ articleNo: string; location: string } & Counts>; deliveries: number };

const get = async <T>(baseUrl: string, token: string, route: string): Promise<{ status: number; body: T }> => {
  const response = await fetch(`${baseUrl}${route}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as T };
};

const CATCH_UP_MS = 60_000;

/** Waits until the projections embedded in the API at `baseUrl` have applied the whole log. */
export const waitForEmbeddedProjections = async (baseUrl: string, token: string): Promise<void> => {
  const deadline = Date.now() + CATCH_UP_MS;
  for (;;) {
    const { body } = await get<{ projections: Array<{ lagEvents: number }> }>(baseUrl, token, '/health/ready');
    if (body.projections.length > 0 && body.projections.every((projection) => projection.lagEvents === 0)) return;
    if (Date.now() > deadline) throw new Error(`The projections did not catch up: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/**
 * Waits until a projector process has applied the whole log, from the checkpoints it keeps beside the read
 * models: a checkpoint moves only on events its projection handles, so caught up is no such event after it.
 */
export const waitForProjector = async (store: EventStore, db: ReadModelDb): Promise<void> => {
  const deadline = Date.now() + CATCH_UP_MS;
  for (;;) {
    const versions = await readVersions(db);
    const behind: string[] = [];
    for (const projection of allProjections) {
      const active = versions.find((version) => version.name === projection.name && version.status === 'active');
      const [waiting] = active
        ? await store.readAll({
            after: active.position < 0n ? undefined : active.position,
            maxCount: 1,
            filter: { eventTypes: [...projection.handles] },
          })
        : [undefined];
      if (!active || waiting) behind.push(`${projection.name} at ${active?.position ?? 'no version'}`);
    }
    if (behind.length === 0) return;
    if (Date.now() > deadline) throw new Error(`The projector did not catch up: ${behind.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/** What the read models say after the run, through the API at `baseUrl` (caught up). */
export const readModelSnapshot = async (baseUrl: string, token: string, day: string): Promise<ReadModelSnapshot> => {
  const stock = await get<{ items: ReadModelSnapshot['stock'] }>(baseUrl, token, '/api/stock');
  const metrics = await get<{ groups: Array<{ deliveries: number }> }>(
    baseUrl,
    token,
    `/api/metrics/delivery?from=${day}&to=${day}&groupBy=day`,
  );
  return { stock: stock.body.items, deliveries: metrics.body.groups.reduce((sum, group) => sum + group.deliveries, 0) };
};

/**
 * Every read-model table against a clean rebuild of the same store into a fresh database: rows that projected
 * twice, or not at all, across kills and several writers, differ from what one pass over the log gives.
 */
export const compareWithRebuild = async (deployment: Deployment, store: EventStore): Promise<string[]> => {
  const live = deployment.openReadModels();
  const fresh = await deployment.openFreshReadModels();
  try {
    await projectAll(store, fresh.db);
    return readModelDifferences(await dumpReadModels(live), await dumpReadModels(fresh.db));
  } finally {
    await live.destroy();
    await fresh.dispose();
  }
};

const withoutEmptyRows = (stock: ReadModelSnapshot['stock']) =>
  Object.fromEntries(
    stock
      .filter((level) => COUNTERS.some((counter) => level[counter] !== 0))
      .map((level) => [
        `${level.articleNo} at ${level.location}`,
        Object.fromEntries(COUNTERS.map((c) => [c, level[c]])),
      ]),
  );

/**
 * Counters are where an event applied twice (or not at all) shows: stock per status must be what folding
 * each aid's stream gives, and the deliveries counted must be the deliveries stored.
 */
export const auditReadModels = (events: readonly RecordedEvent[], snapshot: ReadModelSnapshot): string[] => {
  const states = new Map<string, AssetState>();
  for (const event of events) {
    if (!event.streamId.startsWith('asset-')) continue;
    const state = states.get(event.streamId) ?? assetDecider.initialState();
    states.set(event.streamId, assetDecider.evolve(state, { type: event.type, data: event.data } as AssetEvent));
  }
  const expected = new Map<string, { articleNo: string; location: string } & Counts>();
  for (const state of states.values()) {
    const view = assetView(state);
    if (!view) continue;
    const key = `${view.articleNo}\u001f${view.location}`;
    const level = expected.get(key) ?? {
      articleNo: view.articleNo,
      location: view.location,
      ...(Object.fromEntries(COUNTERS.map((counter) => [counter, 0])) as Counts),
    };
    level[view.status]++;
    expected.set(key, level);
  }
  const problems: string[] = [];
  const want = withoutEmptyRows([...expected.values()]);
  const got = withoutEmptyRows(snapshot.stock);
  if (!isDeepStrictEqual(got, want))
    problems.push(`stock levels: read model ${JSON.stringify(got)}, store ${JSON.stringify(want)}`);
  const delivered = events.filter((event) => event.type === 'AidDelivered').length;
  if (snapshot.deliveries !== delivered)
    problems.push(`deliveries: read model ${snapshot.deliveries}, store ${delivered}`);
  return problems;
};
