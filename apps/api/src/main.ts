import 'reflect-metadata';
import { bootstrap } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/app.config.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    // EX_CONFIG from sysexits.h: the operator, not the program, must act.
    process.exit(78);
  }
  throw error;
}

bootstrap(config).catch((error: unknown) => {
  process.stderr.write(`aidledger failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
