import { decodeJwt } from 'jose';
import type { Role } from '../api/api-client.js';

const TOKEN_KEY = 'aidledger.token';

export const storedToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const storeToken = (token: string): void => sessionStorage.setItem(TOKEN_KEY, token);
export const forgetToken = (): void => sessionStorage.removeItem(TOKEN_KEY);

export const SCREENS = [
  'warehouse',
  'transport',
  'planner',
  'person',
  'auditor',
  'dashboard',
  'finance',
  'payer',
] as const;
export type Screen = (typeof SCREENS)[number];

/** Which screens each role is offered, on a need-to-know basis; the API enforces the same split on every call. */
const SCREENS_BY_ROLE: Record<Role, Screen[]> = {
  warehouse: ['warehouse', 'dashboard'],
  transport: ['transport'],
  planner: ['planner', 'person', 'dashboard'],
  auditor: ['auditor', 'person', 'dashboard', 'finance'],
  viewer: ['dashboard'],
  finance: ['finance', 'dashboard'],
  payer: ['payer'],
  admin: ['warehouse', 'transport', 'planner', 'person', 'auditor', 'dashboard', 'finance'],
};

export const screensFor = (role: Role): Screen[] => SCREENS_BY_ROLE[role] ?? [];

export const isScreen = (value: string): value is Screen => (SCREENS as readonly string[]).includes(value);

/**
 * The payer a `payer` token is scoped to (its `payerId` claim), read from the token the screens hold; the API checks
 * the signature and refuses any other payer, so this only chooses what to ask for.
 */
export const payerIdOf = (token: string | null): string | null => {
  if (!token) return null;
  try {
    const { payerId } = decodeJwt(token);
    return typeof payerId === 'string' && payerId !== '' ? payerId : null;
  } catch {
    return null;
  }
};
