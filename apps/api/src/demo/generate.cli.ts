import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { PersonalData } from '../personal-data/personal-data.js';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/app.config.js';
import { createLogger, PinoNestLogger } from '../logging/logger.js';
import { HistoryGenerator } from './history-generator.js';

/**
 *   npm run generate -- --days 365 --seed 7 [--scale 1] [--data-dir ./data] [--end-day 2025-06-30]
 *                       [--initial-on-loan 85300] [--concurrency 64]
 * Drives the real command handlers; the summary goes to stdout as JSON, the progress bar to stderr.
 */
const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '365' },
    seed: { type: 'string', default: '7' },
    scale: { type: 'string', default: '1' },
    'data-dir': { type: 'string' },
    'end-day': { type: 'string' },
    'initial-on-loan': { type: 'string' },
    concurrency: { type: 'string', default: '64' },
  },
});

const config = loadConfig({
  ...process.env,
  DATA_DIR: values['data-dir'] ?? process.env.DATA_DIR,
  DEMO_DATA: 'off',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
const app = await NestFactory.createApplicationContext(AppModule.forConfig(config), {
  logger: new PinoNestLogger(createLogger(config.logLevel)),
});
app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
const generator = new HistoryGenerator(app.get(CommandBus), app.get<EventStore>(EVENT_STORE), app.get(PersonalData));
const summary = await generator.generate({
  days: Number(values.days),
  seed: Number(values.seed),
  scale: Number(values.scale),
  endDay: values['end-day'],
  initialOnLoan: values['initial-on-loan'] === undefined ? undefined : Number(values['initial-on-loan']),
  concurrency: Number(values.concurrency),
});
process.stdout.write(`${JSON.stringify({ ...summary, refusalSamples: generator.refusalSamples }, null, 2)}\n`);
await app.close();
