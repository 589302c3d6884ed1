import { onOff, readStoreConfig, type StoreConfig } from '@aidledger/event-store';

export type OidcConfig = {
  issuer: string;
  clientId: string;
  /** The API's audience in the provider's access tokens; the client id by default. */
  audience: string;
  roleClaim: string;
  /** What the screens ask for at sign-in. */
  scope: string;
};

export type AppConfig = StoreConfig & {
  port: number;
  host: string;
  /** Demo mode: an empty store gets a demo history and demo tokens from a key used for nothing else. */
  demoData: boolean;
  /** null = generated once into dataDir. */
  authSecret: string | null;
  /** null = no identity provider: only local service tokens (and demo tokens in demo mode). */
  oidc: OidcConfig | null;
  /** Fastify's trustProxy: false, true, a hop count or a list of addresses/CIDRs of the proxies in front. */
  trustProxy: boolean | number | string[];
  /** Person lookups by personnummer a caller may make per minute. */
  lookupsPerMinute: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Run the projections inside the API process (embedded mode). */
  embeddedProjector: boolean;
  /** Embedded projections in a worker thread of the API, off its HTTP event loop; off = on the loop. */
  projectorThread: boolean;
};

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const readOidc = (env: Env, problems: string[]): OidcConfig | null => {
  const issuer = env.OIDC_ISSUER || null;
  const clientId = env.OIDC_CLIENT_ID || null;
  if (!issuer) {
    if (clientId) problems.push('OIDC_CLIENT_ID is set but OIDC_ISSUER is not');
    return null;
  }
  let url: URL | null = null;
  try {
    url = new URL(issuer);
  } catch {
    problems.push(`OIDC_ISSUER must be the identity provider's issuer URL, got "${issuer}"`);
  }
  // Tokens and keys over plain HTTP only on this machine (the tests' provider).
  if (url && url.protocol !== 'https:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    problems.push('OIDC_ISSUER must be an https:// URL');
  if (!clientId) problems.push('OIDC_ISSUER needs OIDC_CLIENT_ID (the screens sign in as that client)');
  return {
    issuer,
    clientId: clientId ?? '',
    audience: env.OIDC_AUDIENCE || clientId || '',
    roleClaim: env.OIDC_ROLE_CLAIM || 'roles',
    scope: env.OIDC_SCOPE || 'openid profile',
  };
};

const readTrustProxy = (value: string | undefined, problems: string[]): AppConfig['trustProxy'] => {
  if (value === undefined || value === '' || /^(off|false|no)$/i.test(value)) return false;
  if (/^(on|true|yes)$/i.test(value)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  const proxies = value.split(',').map((entry) => entry.trim());
  if (proxies.every((entry) => /^[0-9a-f:.]+(\/\d{1,3})?$/i.test(entry))) return proxies;
  problems.push('TRUST_PROXY must be off, on, a hop count or a comma-separated list of proxy addresses/CIDRs');
  return false;
};

/** Reads and validates the environment; every variable has a safe embedded default. */
export const loadConfig = (env: Env = process.env): AppConfig => {
  const problems: string[] = [];

  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535)
    problems.push(`PORT must be a port number 0-65535, got "${portText}"`);

  const store = readStoreConfig(env, problems);

  const authSecret = env.AUTH_SECRET || null;
  if (authSecret !== null && Buffer.byteLength(authSecret) < 32)
    problems.push('AUTH_SECRET must be at least 32 bytes (or empty to generate one into DATA_DIR)');

  const oidc = readOidc(env, problems);
  const demoData = onOff('DEMO_DATA', env.DEMO_DATA, false, problems);
  // Demo tokens open the system to anyone who can reach it: never beside real credentials.
  if (demoData && (authSecret !== null || oidc !== null))
    problems.push('DEMO_DATA=on hands out demo tokens; it cannot run with AUTH_SECRET or OIDC_ISSUER set');

  const lookupsText = env.LOOKUPS_PER_MINUTE || '60';
  const lookupsPerMinute = Number(lookupsText);
  if (!/^\d+$/.test(lookupsText) || lookupsPerMinute < 1)
    problems.push(`LOOKUPS_PER_MINUTE must be a whole number above 0, got "${lookupsText}"`);

  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const config: AppConfig = {
    port,
    host: env.HOST || '0.0.0.0',
    ...store,
    demoData,
    authSecret,
    oidc,
    trustProxy: readTrustProxy(env.TRUST_PROXY, problems),
    lookupsPerMinute,
    logLevel,
    embeddedProjector: onOff('EMBEDDED_PROJECTOR', env.EMBEDDED_PROJECTOR, true, problems),
    projectorThread: onOff('PROJECTOR_THREAD', env.PROJECTOR_THREAD, true, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};
