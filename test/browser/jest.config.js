import { builtAppSuite } from '../support/built-app.jest.js';

/** The browser suite: real API, real screens, Debian's Chromium. */
export default builtAppSuite('browser', { maxWorkers: 1, testTimeout: 120000 });
