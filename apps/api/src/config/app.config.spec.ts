import path from 'node:path';
import { ConfigError, loadConfig } from './app.config.js';

describe('configuration', () => {
  it('has a safe embedded default for every variable', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('./data'),
      eventStore: 'sqlite',
      eventStoreConnectionString: null,
      databaseUrl: null,
      storeThread: true,
      demoData: false,
      authSecret: null,
      oidc: null,
      trustProxy: false,
      lookupsPerMinute: 60,
      logLevel: 'info',
      embeddedProjector: true,
      projectorThread: true,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PROJECTOR_THREAD: 'maybe' }, 'PROJECTOR_THREAD'],
    [{ EVENT_STORE: 'mongodb' }, 'EVENT_STORE'],
    [{ EVENT_STORE: 'eventstoredb' }, 'EVENTSTORE_CONNECTION_STRING'],
    [{ EVENT_STORE: 'postgres' }, 'DATABASE_URL'],
    [{ EVENTSTORE_CONNECTION_STRING: 'http://node1:2113' }, 'EVENTSTORE_CONNECTION_STRING'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ AUTH_SECRET: 'short' }, 'AUTH_SECRET'],
    [{ AUTH_SECRET: 'ååååååååååååååå' }, 'AUTH_SECRET'],
    [{ DEMO_DATA: 'on', AUTH_SECRET: 'a-secret-that-is-long-enough-for-hs256-0123' }, 'DEMO_DATA'],
    [{ DEMO_DATA: 'on', OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'x' }, 'DEMO_DATA'],
    [{ OIDC_ISSUER: 'https://idp.example' }, 'OIDC_CLIENT_ID'],
    [{ OIDC_ISSUER: 'http://idp.example', OIDC_CLIENT_ID: 'x' }, 'https'],
    [{ OIDC_CLIENT_ID: 'x' }, 'OIDC_ISSUER'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY'],
    [{ LOOKUPS_PER_MINUTE: '0' }, 'LOOKUPS_PER_MINUTE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ STORE_THREAD: 'sometimes' }, 'STORE_THREAD'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it('reads the identity provider and the proxies in front', () => {
    expect(
      loadConfig({
        OIDC_ISSUER: 'https://login.region.se/realms/hmc',
        OIDC_CLIENT_ID: 'aidledger',
        OIDC_ROLE_CLAIM: 'groups',
        TRUST_PROXY: '10.0.0.0/8, 192.168.1.1',
      }),
    ).toMatchObject({
      oidc: {
        issuer: 'https://login.region.se/realms/hmc',
        clientId: 'aidledger',
        audience: 'aidledger',
        roleClaim: 'groups',
        scope: 'openid profile',
      },
      trustProxy: ['10.0.0.0/8', '192.168.1.1'],
    });
  });

  it('accepts the distributed deployment', () => {
    const config = loadConfig({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://node1:2113,node2:2113,node3:2113?tls=true',
      DATABASE_URL: 'postgres://aidledger@db/aidledger',
      DEMO_DATA: 'off',
      EMBEDDED_PROJECTOR: 'off',
      STORE_THREAD: 'off',
    });
    expect(config).toMatchObject({
      eventStore: 'eventstoredb',
      demoData: false,
      embeddedProjector: false,
      storeThread: false,
    });
  });

  it('accepts the events in the PostgreSQL database of the read models', () => {
    const config = loadConfig({
      EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://aidledger@db/aidledger',
      EMBEDDED_PROJECTOR: 'off',
    });
    expect(config).toMatchObject({
      eventStore: 'postgres',
      databaseUrl: 'postgres://aidledger@db/aidledger',
      eventStoreConnectionString: null,
    });
  });
});
