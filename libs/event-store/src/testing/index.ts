export * from './event-store.contract.js';
export * from './temp-sqlite-store.js';
export * from './temp-postgres-store.js';
