import { parentPort } from 'node:worker_threads';
import { matchesFilter } from '@aidledger/event-store';
import { MAX_REVISION } from '../log-subscription.js';

// A worker for start-worker.spec.ts: it imports through an alias and a relative `.js`, both TypeScript sources.
parentPort?.on('message', (event: { type: string; streamId: string }) => {
  parentPort?.postMessage({ matches: matchesFilter(event, { eventTypes: ['AssetRegistered'] }), max: MAX_REVISION });
});
