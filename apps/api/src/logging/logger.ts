import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';

/** Paths that may hold personal data or secrets; pino replaces their values. */
export const REDACT_PATHS = [
  'personnummer',
  '*.personnummer',
  '*.*.personnummer',
  'req.headers.authorization',
  'req.headers.cookie',
  'authorization',
  'token',
  '*.token',
  'body',
  '*.body',
];

/**
 * A personnummer written anywhere in a free-text message (an exception's text, say) is
 * masked too: 10 or 12 digits with an optional -/+ before the last four.
 */
const PERSONNUMMER_PATTERN = /\b(?:\d{2})?\d{6}[-+]?\d{4}\b/g;
export const maskPersonnummer = (text: string): string => text.replace(PERSONNUMMER_PATTERN, '[personnummer]');

export const createLogger = (level: string, destination?: DestinationStream): Logger =>
  pino(
    {
      level,
      base: { service: 'aidledger' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? maskPersonnummer(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
      serializers: {
        req: (request: { method?: string; url?: string; hostname?: string; ip?: string }) => ({
          method: request.method,
          url: request.url ? maskPersonnummer(request.url) : undefined,
          host: request.hostname,
          remoteAddress: request.ip,
        }),
        err: (error: Error) => ({
          type: error.name,
          message: maskPersonnummer(error.message),
          stack: error.stack ? maskPersonnummer(error.stack) : undefined,
        }),
      },
    },
    destination,
  );

/** Nest's logger on pino, so framework messages are structured JSON too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) {
      const { msg, ...fields } = message as Record<string, unknown>;
      this.logger.error({ context: trace ?? context, ...fields }, typeof msg === 'string' ? maskPersonnummer(msg) : '');
      return;
    }
    this.logger.error({ context, trace: trace ? maskPersonnummer(trace) : undefined }, this.text(message));
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, context?: string): void {
    // Structured messages ({ msg, ...fields }) stay structured instead of being stringified.
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) {
      const { msg, ...fields } = message as Record<string, unknown>;
      this.logger[level]({ context, ...fields }, typeof msg === 'string' ? maskPersonnummer(msg) : '');
      return;
    }
    this.logger[level]({ context }, this.text(message));
  }

  private text(message: unknown): string {
    return typeof message === 'string' ? message : message instanceof Error ? message.message : JSON.stringify(message);
  }
}
