import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
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
  await harden(app, config);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('aidledger')
      .setDescription('Event-sourced logistics and asset tracking of assistive aids')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

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
