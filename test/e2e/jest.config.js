import { builtAppSuite } from '../support/built-app.jest.js';

/** Crash tests: the built API as child processes, killed and restarted. */
// One scenario per worker: a scenario waits on its API's restarts, the other keeps the second core busy.
export default builtAppSuite('e2e', { maxWorkers: 2 });
