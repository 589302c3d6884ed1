import {
  crashTimeoutMs,
  EMBEDDED_FIGURES,
  expectNothingLostOrDoubled,
  killAndRetry,
} from './support/crash-scenario.js';

describe('Two APIs on one store, one of them killed with SIGKILL under load, retries on the other', () => {
  it(
    'loses no acknowledged command, applies none twice and answers every resend with the first answer',
    // As deployed with several API instances: one runs the projections, every one runs the workflow.
    async () =>
      expectNothingLostOrDoubled(
        await killAndRetry(
          'Two APIs on one store',
          { instances: [{}, { EMBEDDED_PROJECTOR: 'off' }] },
          EMBEDDED_FIGURES,
        ),
        EMBEDDED_FIGURES,
      ),
    crashTimeoutMs(EMBEDDED_FIGURES),
  );
});
