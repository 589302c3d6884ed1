import {
  crashTimeoutMs,
  describeOnPostgres,
  expectNothingLostOrDoubled,
  killAndRetry,
  POSTGRES_FIGURES,
} from './support/crash-scenario.js';
import { POSTGRES } from './support/deployment.js';

const API_ONLY = { EMBEDDED_PROJECTOR: 'off' };

describeOnPostgres(
  'Three APIs and one projector on one PostgreSQL, commands round-robin, APIs killed with SIGKILL',
  () => {
    it(
      'loses no acknowledged command, applies none twice, registers every personnummer once, and its read models equal a clean rebuild',
      // The distributed deployment: every instance runs the workflow, the projector process every projection.
      async () =>
        expectNothingLostOrDoubled(
          await killAndRetry(
            'Three APIs and a projector on PostgreSQL',
            { instances: [API_ONLY, API_ONLY, API_ONLY], stores: POSTGRES, projector: true },
            POSTGRES_FIGURES,
          ),
          POSTGRES_FIGURES,
        ),
      crashTimeoutMs(POSTGRES_FIGURES, true),
    );
  },
);
