import {
  allProjections,
  checkpointLags,
  rebuildProjection,
  createStateTable,
  dropRetired,
  type RebuildProgress,
} from '@aidledger/projections';
import { openProjectorContext } from './projector-options.js';

const usage = 'usage: npm run projections -- status | rebuild <name>';

const formatProgress = (progress: RebuildProgress): string =>
  `${progress.name} v${progress.version}: ${progress.percent.toFixed(1)} % ` +
  `(${progress.position}/${progress.headPosition}), ${Math.round(progress.eventsPerSecond)} events/s, ` +
  `ETA ${progress.etaSeconds === null ? '?' : `${Math.ceil(progress.etaSeconds)} s`}`;

const [command, name] = process.argv.slice(2);
const context = await openProjectorContext();
try {
  await createStateTable(context.db);
  await dropRetired(context.db, allProjections, 10_000);
  if (command === 'status') {
    const versions = await checkpointLags({ store: context.store, db: context.db, projections: allProjections });
    const notStarted = allProjections
      .filter((projection) => !versions.some((version) => version.name === projection.name))
      .map((projection) => ({ name: projection.name, definitionVersion: projection.version, status: 'not started' }));
    const rows = versions.map((version) => ({
      name: version.name,
      version: version.version,
      definitionVersion: version.definitionVersion,
      status: version.status,
      checkpoint: Number(version.position),
      head: Number(version.headPosition),
      lagPositions: version.behindPositions,
      lagSeconds: Math.round(version.behindMs / 1000),
      updatedAt: version.updatedAt,
    }));
    console.table([...rows, ...notStarted]);
  } else if (command === 'rebuild' && name) {
    const projection = allProjections.find((candidate) => candidate.name === name);
    if (!projection) {
      console.error(`unknown projection ${name}; known: ${allProjections.map((p) => p.name).join(', ')}`);
      process.exitCode = 2;
    } else {
      const abort = new AbortController();
      process.once('SIGINT', () => {
        console.error('\ninterrupted: stopping after this batch; run the same command again to resume');
        abort.abort();
      });
      const result = await rebuildProjection({
        store: context.store,
        db: context.db,
        projection,
        signal: abort.signal,
        onProgress: (progress) => process.stderr.write(`\r${formatProgress(progress)}   `),
      });
      process.stderr.write('\n');
      console.error(
        result.switched
          ? `${name} v${result.version} is active: ${result.appliedEvents} events in ${result.seconds.toFixed(1)} s`
          : `${name} v${result.version} paused; resume with the same command`,
      );
    }
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
} finally {
  await context.db.destroy();
  await context.store.close();
}
