import { signToken } from '../auth/token-verifier.js';
import type { Role } from '../auth/roles.js';

export type DemoToken = { role: Role; name: string; token: string };

/** One demo user per role, so the screens can be tried without an identity provider. */
export const DEMO_USERS: readonly { role: Role; name: string }[] = [
  { role: 'warehouse', name: 'Lisa Lager' },
  { role: 'transport', name: 'Tomas Transport' },
  { role: 'planner', name: 'Fatima Förskrivare' },
  { role: 'auditor', name: 'Rut Revisor' },
  { role: 'viewer', name: 'Cecilia Chef' },
  { role: 'admin', name: 'Adam Admin' },
];

export const mintDemoTokens = (secret: string): Promise<DemoToken[]> =>
  Promise.all(
    DEMO_USERS.map(async ({ role, name }) => ({
      role,
      name,
      token: await signToken(secret, { subject: `demo.${role}`, name, role }),
    })),
  );
