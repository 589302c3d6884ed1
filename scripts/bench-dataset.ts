/**
 * The benchmark's dataset: the region's history through the real command handlers, plus what the load needs.
 * It is generated once a day per profile into .tmp/bench-dataset-…/ and copied before each bench, so a second
 * bench on the same day skips the generation and no bench changes the cached copy.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import type { DynamicModule } from '@nestjs/common';
import { addDays, assetDecider, assetStream, unitNumberCandidate } from '../libs/domain/src/index.js';
import { CommandLoop, EVENT_STORE, type EventStore } from '../libs/event-store/src/index.js';
import { APP_CONFIG, loadConfig } from '../apps/api/src/config/app.config.js';
import { StoreModule } from '../apps/api/src/store/store.module.js';
import { CommandsModule } from '../apps/api/src/command-bus/commands.module.js';
import { ObservabilityModule } from '../apps/api/src/observability/observability.module.js';
import { OnAsset, OnOrder } from '../apps/api/src/command-bus/aggregate-commands.js';
import { tenths } from '../apps/api/src/demo/generation-progress.js';
import { HistoryGenerator, type HistorySummary } from '../apps/api/src/demo/history-generator.js';
import { PersonalData } from '../apps/api/src/personal-data/personal-data.js';
import { openKeyVault } from '../apps/api/src/personal-data/key-vault.js';
import { onLoanStreams, type StreamAppend } from '../apps/api/src/demo/on-loan-import.js';
import { inTempDir, log, root, SECRET, type BenchSettings } from './bench-settings.js';

export type Targets = {
  personIds: string[];
  onLoan: string[];
  awaitingReconditioning: string[];
  inTransit: { assetId: string; orderId: string }[];
  longHistoryAssetId: string;
};
export type DatasetMeta = { summary: HistorySummary; targets: Targets; generationSeconds: number };

const writeContext = async (dataDir: string) => {
  const config = loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'off', LOG_LEVEL: 'warn', AUTH_SECRET: SECRET });
  // The command side only: the projections are rebuilt and measured on their own afterwards.
  const module: DynamicModule = {
    module: class BenchWriteModule {},
    imports: [
      {
        module: class BenchConfigModule {},
        global: true,
        providers: [{ provide: APP_CONFIG, useValue: config }],
        exports: [APP_CONFIG],
      },
      CqrsModule.forRoot(),
      // The command handlers count their outcomes into the app's metrics.
      ObservabilityModule,
      StoreModule,
      CommandsModule,
    ],
  };
  return NestFactory.createApplicationContext(module, { logger: ['error'] });
};

const inBatches = async <T>(items: T[], size: number, each: (item: T) => Promise<void>): Promise<void> => {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
};

/** Aids loaded on today's routes, so the HTTP load has deliveries to record. */
const stageInTransit = async (
  commandBus: CommandBus,
  personIds: string[],
  count: number,
  today: string,
): Promise<Targets['inTransit']> => {
  const staged: Targets['inTransit'] = [];
  const context = () => ({ actor: 'bench:staging', correlationId: randomUUID() });
  await inBatches(
    Array.from({ length: count }, (_, n) => n),
    64,
    async (n) => {
      const personId = personIds[(n * 7919) % personIds.length];
      const placed = {
        personId,
        articleNo: '100101',
        prescriberId: 'FS-BENCH',
        priority: 2,
        plannedDeliveryDate: today,
        municipality: 'Västerås',
        payerId: 'KUND-VASTERAS',
      };
      const order = await commandBus.execute(
        new OnOrder(randomUUID(), { type: 'PlaceOrder', data: placed }, context()),
      );
      const assetId = randomUUID();
      const received = { articleNo: '100101', serialNumber: `SN-BENCH-${n}`, location: 'VAS-HUVUDLAGER' };
      await commandBus.execute(new OnAsset(assetId, { type: 'RegisterAsset', data: received }, context()));
      await commandBus.execute(new OnAsset(assetId, { type: 'AllocateAsset', data: { orderId: order.id } }, context()));
      const route = { orderId: order.id, routeId: 'R-VASTERAS-1' };
      await commandBus.execute(new OnAsset(assetId, { type: 'DispatchAid', data: route }, context()));
      staged.push({ assetId, orderId: order.id });
    },
  );
  return staged;
};

/** One aid with a long life: 40 loans, about 200 events, for the auditor's replay. */
const longHistoryAid = async (store: EventStore, today: string): Promise<string> => {
  const loop = new CommandLoop(store);
  const assetId = randomUUID();
  const ctx = { actor: 'bench:long-history', correlationId: randomUUID() };
  const run = (command: Parameters<typeof assetDecider.decide>[0]) =>
    loop.run(assetStream(assetId), assetDecider, command, ctx);
  await run({
    type: 'RegisterAsset',
    data: {
      assetId,
      articleNo: '100201',
      serialNumber: 'SN-LONG-LIFE',
      location: 'VAS-HUVUDLAGER',
      receivedOn: '2015-01-05',
      // The bench writes the stream without the receipt handler's claim: a number of its own.
      unitNumber: unitNumberCandidate(assetId, 0),
      article: { articleNo: '100201', kind: 'individual' },
      today,
    },
  });
  let day = '2015-01-05';
  for (let loan = 0; loan < 40; loan++) {
    const orderId = randomUUID();
    const personId = randomUUID();
    day = addDays(day, 30);
    const order = {
      orderId,
      status: 'placed' as const,
      personId,
      articleNo: '100201',
      plannedDeliveryDate: day,
      municipality: 'Västerås',
    };
    await run({ type: 'AllocateAsset', data: { assetId, orderId, order, allocatedOn: day, today } });
    await run({ type: 'DispatchAid', data: { assetId, orderId, routeId: 'R-VASTERAS-1', dispatchedOn: day, today } });
    await run({ type: 'DeliverAid', data: { assetId, orderId, order, deliveredOn: day, today } });
    day = addDays(day, 40);
    await run({ type: 'ReturnAid', data: { assetId, returnedOn: day, reason: 'Behovet har upphört', today } });
    await run({ type: 'ReconditionAid', data: { assetId, reconditionedOn: day, location: 'VAS-HUVUDLAGER', today } });
  }
  return assetId;
};

const generateDataset = async (
  settings: BenchSettings,
  dataDir: string,
  targetsPerList: number,
): Promise<DatasetMeta> => {
  const generationStarted = Date.now();
  const app = await writeContext(dataDir);
  const commandBus = app.get(CommandBus);
  const store = app.get<EventStore>(EVENT_STORE);
  const generator = new HistoryGenerator(commandBus, store, app.get(PersonalData));
  const { days, seed, scale, endDay, initialOnLoan, today } = settings;
  const newTenth = tenths();
  const summary = await generator.generate({
    days,
    seed,
    scale,
    endDay,
    initialOnLoan: initialOnLoan === undefined ? undefined : Number(initialOnLoan),
    progressBar: false,
    onProgress: ({ phase, done, total, commands }) => {
      if (!newTenth(phase, done, total)) return;
      log(`dataset: ${phase} ${done}/${total}${phase === 'days' ? `, ${commands} commands` : ''}`);
    },
  });
  if (summary.refusedTotal > 0)
    log(`dataset: ${summary.refusedTotal} refused commands: ${JSON.stringify(summary.refused)}`);
  const snapshot = generator.snapshot();
  log(`dataset: staging ${targetsPerList} aids on today's routes`);
  const inTransit = await stageInTransit(commandBus, snapshot.personIds, targetsPerList, today);
  const longHistoryAssetId = await longHistoryAid(store, today);
  await app.close();
  const meta: DatasetMeta = {
    summary,
    targets: { ...snapshot, inTransit, longHistoryAssetId },
    generationSeconds: (Date.now() - generationStarted) / 1000,
  };
  writeFileSync(path.join(dataDir, 'bench-dataset.json'), JSON.stringify(meta));
  return meta;
};

export type Dataset = { meta: DatasetMeta; workDir: string; storeFile: string };

/** A working copy of the dataset (generated first when there is none of today's, or with --fresh), without read models. */
export const prepareDataset = async (settings: BenchSettings, targetsPerList: number): Promise<Dataset> => {
  const { scale, days, initialOnLoan, endDay } = settings;
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  const cacheDir = path.join(root, '.tmp', `bench-dataset-${scale}-${days}-${initialOnLoan ?? 'region'}-${endDay}`);
  if (settings.fresh || !existsSync(path.join(cacheDir, 'bench-dataset.json'))) {
    rmSync(cacheDir, { recursive: true, force: true });
    log(`dataset: generating ${days} days at scale ${scale} into ${path.relative(root, cacheDir)}`);
    await generateDataset(settings, cacheDir, targetsPerList);
  } else log(`dataset: reusing ${path.relative(root, cacheDir)}`);
  const meta = JSON.parse(readFileSync(path.join(cacheDir, 'bench-dataset.json'), 'utf8')) as DatasetMeta;
  const workDir = mkdtempSync(path.join(root, '.tmp', 'bench-work-'));
  cpSync(cacheDir, workDir, { recursive: true });
  rmSync(path.join(workDir, 'read-models.sqlite'), { force: true });
  rmSync(path.join(workDir, 'read-models.sqlite-wal'), { force: true });
  return { meta, workDir, storeFile: path.join(workDir, 'events.sqlite') };
};

/** `count` aids out on rent as the import appends them (personal data encrypted), for the store-level figures. */
export const aidStreams = (settings: BenchSettings, count: number, seed: number): Promise<StreamAppend[]> =>
  inTempDir('bench-keys-', async (dir) => {
    const personalData = new PersonalData(openKeyVault({ dataDir: dir, databaseUrl: null }));
    const bulk = await personalData.bulk();
    const streams = [
      ...onLoanStreams(
        { count, seed, beforeDay: settings.endDay, today: settings.today },
        { persons: [], aids: [], usedPersonnummer: new Set() },
        bulk,
      ),
    ];
    await personalData.close();
    return streams;
  });
