import type { Role } from '../api/api-client.js';

const TOKEN_KEY = 'aidledger.token';

export const storedToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const storeToken = (token: string): void => sessionStorage.setItem(TOKEN_KEY, token);
export const forgetToken = (): void => sessionStorage.removeItem(TOKEN_KEY);

export const SCREENS = ['warehouse', 'transport', 'person', 'auditor', 'dashboard'] as const;
export type Screen = (typeof SCREENS)[number];

/** Which screens each role is offered; the API enforces the same split on every call. */
const SCREENS_BY_ROLE: Record<Role, Screen[]> = {
  warehouse: ['warehouse', 'person', 'dashboard'],
  transport: ['transport', 'person'],
  planner: ['person', 'dashboard'],
  auditor: ['auditor', 'person', 'dashboard'],
  viewer: ['dashboard', 'person'],
  admin: ['warehouse', 'transport', 'person', 'auditor', 'dashboard'],
};

export const screensFor = (role: Role): Screen[] => SCREENS_BY_ROLE[role] ?? [];

export const isScreen = (value: string): value is Screen => (SCREENS as readonly string[]).includes(value);
