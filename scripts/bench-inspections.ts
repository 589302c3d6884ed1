/**
 * How long the due list and a recall's holder query take over a region's 85,300 aids (issue 14), on SQLite read
 * models built from synthetic events: `npm run build && node dist/scripts/bench-inspections.js [aids]`.
 * One line of JSON on stdout: the median and p99 milliseconds of each read over 30 runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDays, addMonths } from '@aidledger/domain';
import type { RecordedEvent } from '@aidledger/event-store';
import {
  assetIndexProjection,
  findAidHolders,
  findHoldersOf,
  findInspectionsDue,
  inspectionsProjection,
  openReadModelDb,
  personAidsProjection,
  prepareProjections,
  selectAssets,
  tablePrefix,
} from '@aidledger/projections';

const aids = Number(process.argv[2] ?? 85_300);
const today = '2026-06-15';
const directory = mkdtempSync(path.join(tmpdir(), 'aidledger-bench-inspections-'));
const db = openReadModelDb({ dataDir: directory, databaseUrl: null });
const projections = [assetIndexProjection, personAidsProjection, inspectionsProjection];

let position = 0n;
const revisions = new Map<string, bigint>();
const recorded = (type: string, streamId: string, data: Record<string, unknown>): RecordedEvent => {
  const revision = revisions.get(streamId) ?? 0n;
  revisions.set(streamId, revision + 1n);
  const metadata = { actor: 'bench', occurredAt: today, correlationId: 'c', causationId: 'c', schemaVersion: 1 };
  const stored = data as RecordedEvent['data'];
  return {
    id: `${position}`,
    streamId,
    revision,
    position: position++,
    type,
    data: stored,
    metadata,
    recordedAt: today,
  };
};

/** 20 articles, one in twenty a lift; each aid lent once, a third of them lent a second time; lots of 50. */
const events: RecordedEvent[] = [];
for (let a = 0; a < 20; a++)
  events.push(
    recorded('ArticleRegistered', `article-A${a}`, {
      articleNo: `A${a}`,
      name: `A${a}`,
      isoCode: '12 36 03',
      kind: 'individual',
      rentable: true,
      monthlyRentSek: 300,
      purchasePriceSek: 9000,
      bulky: false,
      inspectionIntervalMonths: a === 0 ? 12 : null,
      expectedLifetimeYears: 8,
    }),
  );
for (let n = 0; n < aids; n++) {
  const assetId = `asset-${n}`;
  const streamId = `asset-${assetId}`;
  const articleNo = `A${n % 20}`;
  const receivedOn = addDays(addMonths(today, -24), n % 700);
  const personId = `person-${n}`;
  events.push(recorded('PersonRegistered', `person-${personId}`, { personId, municipality: `M${n % 10}` }));
  events.push(
    recorded('AssetRegistered', streamId, {
      assetId,
      articleNo,
      serialNumber: `SN-${String(n).padStart(7, '0')}`,
      location: 'VAS',
      receivedOn,
      lot: `L${Math.floor(n / 1000)}`,
    }),
  );
  const loan = (holder: string, deliveredOn: string) =>
    recorded('AidDelivered', streamId, {
      assetId,
      orderId: `o-${holder}-${n}`,
      personId: holder,
      articleNo,
      deliveredOn,
      plannedDeliveryDate: deliveredOn,
      municipality: `M${n % 10}`,
      routeId: 'R1',
    });
  events.push(loan(personId, addDays(receivedOn, 5)));
  if (n % 3 === 0) {
    const returnedOn = addDays(receivedOn, 60);
    events.push(
      recorded('AidReturned', streamId, { assetId, personId, orderId: `o-${personId}-${n}`, returnedOn, reason: 'x' }),
    );
    events.push(loan(`person-${(n + 1) % aids}`, addDays(returnedOn, 10)));
  }
}

const timed = async (read: () => Promise<unknown>) => {
  const runs: number[] = [];
  for (let run = 0; run < 30; run++) {
    const started = performance.now();
    await read();
    runs.push(performance.now() - started);
  }
  runs.sort((x, y) => x - y);
  return { medianMs: Number(runs[15].toFixed(2)), p99Ms: Number(runs[29].toFixed(2)) };
};

try {
  await prepareProjections(db, projections);
  for (let start = 0; start < events.length; start += 5000)
    await db.transaction().execute(async (trx) => {
      for (const projection of projections)
        await projection.applyBatch(trx, tablePrefix(projection.name, 1), events.slice(start, start + 5000));
    });
  for (const projection of projections) await projection.createIndexes?.(db, tablePrefix(projection.name, 1));
  const before = addDays(today, 30);
  const dueList = await findInspectionsDue(db, { before, today });
  const lot = { articleNo: 'A0', lots: ['L42'] };
  const holders = await findAidHolders(db, lot);
  // What a recall's answer does for the auditor: select the lot's aids, then their current and past holders.
  const recallHolders = async () =>
    findHoldersOf(
      db,
      (await selectAssets(db, lot)).map((aid) => aid.assetId),
    );
  process.stdout.write(
    `${JSON.stringify({
      aids,
      events: events.length,
      dueList: { items: dueList.items.length, ...(await timed(() => findInspectionsDue(db, { before, today }))) },
      dueListOneMunicipality: await timed(() => findInspectionsDue(db, { before, today, municipality: 'M0' })),
      holdersOfALotEver: { items: holders.items.length, ...(await timed(() => findAidHolders(db, lot))) },
      holdersOfALotOnADay: await timed(() => findAidHolders(db, lot, addMonths(today, -12))),
      holdersOfAnArticleEver: await timed(() => findAidHolders(db, { articleNo: 'A0' })),
      recallOfALotHolders: { aids: (await recallHolders()).size, ...(await timed(recallHolders)) },
    })}\n`,
  );
} finally {
  await db.destroy();
  rmSync(directory, { recursive: true, force: true });
}
