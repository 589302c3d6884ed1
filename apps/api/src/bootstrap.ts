import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import fastifyStatic from '@fastify/static';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app.config.js';
import { createLogger, PinoNestLogger } from './logging/logger.js';
import { PROBLEM_CONTENT_TYPE, ProblemDetailsFilter, toProblem } from './errors/problem-details.filter.js';
import { createValidationPipe } from './validation/validation.pipe.js';
import { harden, secureDataDir } from './http/hardening.js';
import { parseJsonBodies } from './http/json-body.js';
import { ProblemDetailsDto } from './http/responses.dto.js';
import { AppMetrics } from './observability/app-metrics.js';

/** 64 KiB is far above any command of the contract; larger bodies are refused with 413. */
export const BODY_LIMIT_BYTES = 64 * 1024;

const webRoot = (): string | null => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    path.resolve(here, '../../../../apps/web/dist'),
    path.resolve(here, '../../web/dist'),
    path.resolve('apps/web/dist'),
  ];
  return candidates.find((candidate) => existsSync(path.join(candidate, 'index.html'))) ?? null;
};

export type AppOptions = { logDestination?: DestinationStream };

const TAGS: Record<string, string> = {
  articles: 'The assortment: what the centre buys, rents out and ships',
  assets: 'Individually marked aids and their lifecycle, history and tamper check',
  consumables: 'Consumables in, out and adjusted per article and location',
  orders: "Prescribers' orders of an article for a person",
  fittings: "Fittings (utprovning): a prescriber's request, the offer, the fitting itself or its cancellation",
  payers: 'Who is invoiced: the municipalities and the region units',
  billing: "The invoice basis per payer and month, the months' close, the rent forecast and a payer's fleet",
  persons: 'The persons who use aids, and the aids they hold',
  stock: 'Stock levels per article and location',
  metrics: 'The service KPIs reported to the board',
  statistics: 'Prescription statistics by sex, small counts suppressed so no person can be singled out',
  exports:
    'CSV and XLSX files of the register, stock, KPIs, the asset index and the invoice basis; logged where they name persons',
  transport: "The day's routes",
  inspections: 'Inspections that fall due, in stock and on loan, and aids out of service after a failed one',
  recalls: 'Recalls (FSCA): the affected aids, their action, progress and, for the auditor, their holders',
  'access-log': 'Who read which person-level data, and the tamper check of each day (PDL 4 kap)',
  health: 'Liveness and readiness, without a token',
  demo: 'Ready-made role tokens, only in demo mode (DEMO_DATA=on)',
  auth: 'Sign-in options and the signed-in caller',
};

/**
 * The HTTP contract as the controllers and DTOs declare it; `npm run generate:api` turns it into the screens' types.
 * Operation ids name the resource and the handler, not the controller class, so a rename inside stays inside.
 */
export const openApiDocument = (app: NestFastifyApplication): OpenAPIObject => {
  const builder = new DocumentBuilder()
    .setTitle('aidledger')
    .setDescription('Event-sourced logistics and asset tracking of assistive aids')
    .setVersion('1')
    .addServer('/', 'This server')
    .addBearerAuth();
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  return SwaggerModule.createDocument(app, builder.build(), {
    extraModels: [ProblemDetailsDto],
    operationIdFactory: (controller, method) =>
      `${controller.replace(/Controller$/, '').replace(/^./, (first) => first.toLowerCase())}_${method}`,
  });
};

export const createApp = async (config: AppConfig, options: AppOptions = {}): Promise<NestFastifyApplication> => {
  secureDataDir(config.dataDir);
  const logger = createLogger(config.logLevel, options.logDestination);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // One access-log line per request only when debugging: at region scale they drown what matters.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
    bodyLimit: BODY_LIMIT_BYTES,
    // Only the proxies the operator names may set the client's address (X-Forwarded-For).
    trustProxy: config.trustProxy as boolean | string[],
    // Errors Fastify answers before any route (a malformed or overlong address) would repeat the address.
    frameworkErrors: (error: Error, _request: FastifyRequest, reply: FastifyReply) => {
      const body = toProblem(error);
      void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forConfig(config), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: true,
    // Our own JSON parser (http/json-body.ts) refuses deep nesting before parsing.
    bodyParser: false,
  });
  // The API speaks JSON only: any other body is 415, not a string that fails validation later.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  parseJsonBodies(app.getHttpAdapter().getInstance());
  const metrics = app.get(AppMetrics);
  // The route's pattern, never its URL: a URL holds ids and whatever else a caller typed.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      metrics.request(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime / 1000);
    });
  await harden(app, config);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);

  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });

  const root = webRoot();
  if (root) {
    await app.getHttpAdapter().getInstance().register(fastifyStatic, { root, prefix: '/', wildcard: false });
    app.get(ProblemDetailsFilter).serveAppShellOnNotFound = true;
  }
  return app;
};

export const bootstrap = async (config: AppConfig): Promise<NestFastifyApplication> => {
  const app = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  return app;
};
