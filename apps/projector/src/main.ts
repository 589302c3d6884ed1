import { createRuntime, openProjectorContext } from './projector-options.js';

/** The distributed deployment: the projections in their own process (the order workflow stays in the API). */
const context = await openProjectorContext();
const runtime = createRuntime(context);
await runtime.start();
console.error(
  JSON.stringify({
    level: 'info',
    msg: 'projector started',
    projections: (await runtime.lag()).map((lag) => lag.name),
  }),
);

const shutdown = async () => {
  await runtime.stop();
  await context.db.destroy();
  await context.store.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
