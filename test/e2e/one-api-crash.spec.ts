import {
  crashTimeoutMs,
  EMBEDDED_FIGURES,
  expectNothingLostOrDoubled,
  killAndRetry,
} from './support/crash-scenario.js';

describe('One API killed with SIGKILL under load, every command resent with its Idempotency-Key', () => {
  it(
    'loses no acknowledged command, applies none twice and answers every resend with the first answer',
    async () =>
      expectNothingLostOrDoubled(
        await killAndRetry('One API', { instances: [{}] }, EMBEDDED_FIGURES),
        EMBEDDED_FIGURES,
      ),
    crashTimeoutMs(EMBEDDED_FIGURES),
  );
});
