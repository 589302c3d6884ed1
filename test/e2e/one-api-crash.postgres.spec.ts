import {
  crashTimeoutMs,
  describeOnPostgres,
  expectNothingLostOrDoubled,
  killAndRetry,
  POSTGRES_FIGURES,
} from './support/crash-scenario.js';
import { POSTGRES } from './support/deployment.js';

describeOnPostgres('One API on PostgreSQL (events and read models) killed with SIGKILL under load', () => {
  it(
    'loses no acknowledged command, applies none twice and its read models equal a clean rebuild',
    async () =>
      expectNothingLostOrDoubled(
        await killAndRetry('One API on PostgreSQL', { instances: [{}], stores: POSTGRES }, POSTGRES_FIGURES),
        POSTGRES_FIGURES,
      ),
    crashTimeoutMs(POSTGRES_FIGURES, true),
  );
});
