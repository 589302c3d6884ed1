import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config/app.config.js';

/** Only the service's own user may read DATA_DIR: it holds the events, the read models and the secrets. */
export const secureDataDir = (dataDir: string): void => {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const name of readdirSync(dataDir)) {
    const file = path.join(dataDir, name);
    chmodSync(file, statSync(file).isDirectory() ? 0o700 : 0o600);
  }
};

class RateLimited extends Error {
  readonly statusCode = 429;
  readonly code = 'REQUEST.RATE_LIMITED';
}

/** Who is asking, for counting: the token's subject (unverified: the guard verifies) on the caller's address. */
const callerKey = (request: FastifyRequest): string => {
  const header = request.headers.authorization;
  let subject = '';
  if (typeof header === 'string' && header.startsWith('Bearer ')) {
    try {
      subject = String(decodeJwt(header.slice(7)).sub ?? '');
    } catch {
      subject = '';
    }
  }
  return `${request.ip} ${subject}`;
};

/** Limits the routes that say so in their config (`@RouteConfig({ rateLimit })`): lookups, sign-in. */
export const LOOKUP_RATE_LIMIT = {
  max: (request: FastifyRequest) => (request.server as unknown as { lookupsPerMinute: number }).lookupsPerMinute,
  timeWindow: 60_000,
};

/**
 * Security headers with a content security policy (the screens load only their own scripts and talk only to
 * the API and, when configured, the identity provider), and per-route rate limits.
 */
export const harden = async (app: NestFastifyApplication, config: AppConfig): Promise<void> => {
  const fastify = app.getHttpAdapter().getInstance();
  const identityProvider = config.oidc ? [new URL(config.oidc.issuer).origin] : [];
  await app.register(fastifyHelmet as never, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React and the charts set style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...identityProvider],
        formAction: ["'self'", ...identityProvider],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    // The screens open the identity provider's sign-in in the same window.
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
  });
  fastify.decorate('lookupsPerMinute', config.lookupsPerMinute);
  await app.register(fastifyRateLimit as never, {
    global: false,
    keyGenerator: callerKey,
    errorResponseBuilder: (_request: FastifyRequest, context: { after: string }) =>
      new RateLimited(`Too many requests; try again in ${context.after}`),
  });
};
