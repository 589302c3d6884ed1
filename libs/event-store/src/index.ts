export * from './event-store.port.js';
export * from './sqlite/sqlite-event-store.js';
export * from './sqlite/threaded-sqlite-event-store.js';
export * from './eventstoredb/eventstoredb-event-store.js';
export * from './postgres/postgres-event-store.js';
export * from './command-loop.js';
export * from './store-config.js';
export * from './threads/start-worker.js';
