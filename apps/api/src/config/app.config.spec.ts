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
      demoData: true,
      authSecret: null,
      logLevel: 'info',
      embeddedProjector: true,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ EVENT_STORE: 'mongodb' }, 'EVENT_STORE'],
    [{ EVENT_STORE: 'eventstoredb' }, 'EVENTSTORE_CONNECTION_STRING'],
    [{ EVENTSTORE_CONNECTION_STRING: 'http://node1:2113' }, 'EVENTSTORE_CONNECTION_STRING'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ AUTH_SECRET: 'short' }, 'AUTH_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
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

  it('accepts the distributed deployment', () => {
    const config = loadConfig({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://node1:2113,node2:2113,node3:2113?tls=true',
      DATABASE_URL: 'postgres://aidledger@db/aidledger',
      DEMO_DATA: 'off',
      EMBEDDED_PROJECTOR: 'off',
    });
    expect(config).toMatchObject({ eventStore: 'eventstoredb', demoData: false, embeddedProjector: false });
  });
});
