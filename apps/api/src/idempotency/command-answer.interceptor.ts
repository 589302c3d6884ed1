import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { finalize, from, map, mergeMap, type Observable, of } from 'rxjs';
import type { Principal } from '../auth/roles.js';
import { isCommandAnswer, toAnswerBody } from '../command-bus/command-answer.js';
import { IdempotencyStore } from './idempotency.store.js';

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * Serialises command answers (bigint revisions as numbers, the revision as ETag) and makes
 * commands sent with an Idempotency-Key answer the first answer again without running twice.
 */
@Injectable()
export class CommandAnswerInterceptor implements NestInterceptor {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(@Inject(IdempotencyStore) private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { principal?: Principal }>();
    const reply = http.getResponse<FastifyReply>();
    const rawKey = request.headers['idempotency-key'];
    const key = Array.isArray(rawKey) ? rawKey[0] : rawKey;

    const answer = (): Observable<unknown> =>
      next.handle().pipe(
        map((result) => {
          if (!isCommandAnswer(result)) return result;
          void reply.header('etag', `"${result.streamRevision}"`);
          return toAnswerBody(result);
        }),
      );

    if (request.method !== 'POST' || key === undefined || !request.principal) return answer();
    if (!KEY_PATTERN.test(key))
      throw new UnprocessableEntityException('Idempotency-Key must be 1-200 visible ASCII characters');

    const scopedKey = `${request.principal.subject} ${request.url.split('?')[0]} ${key}`;
    const requestHash = createHash('sha256')
      .update(JSON.stringify(request.body ?? null))
      .digest('hex');

    const replay = (): Observable<unknown> | undefined => {
      const stored = this.store.find(scopedKey);
      if (!stored) return undefined;
      if (stored.requestHash !== requestHash)
        throw new UnprocessableEntityException('This Idempotency-Key was already used with a different request body');
      if (stored.etag) void reply.header('etag', stored.etag);
      void reply.header('idempotent-replayed', 'true');
      return of(JSON.parse(stored.body) as unknown);
    };

    const pending = this.inFlight.get(scopedKey);
    if (pending) return from(pending.catch(() => undefined)).pipe(mergeMap(() => replay() ?? answer()));
    const replayed = replay();
    if (replayed) return replayed;

    let settle: () => void = () => undefined;
    this.inFlight.set(scopedKey, new Promise<void>((resolve) => (settle = resolve)));
    return answer().pipe(
      map((body) => {
        const etag = reply.getHeader('etag');
        this.store.save(scopedKey, {
          requestHash,
          body: JSON.stringify(body),
          etag: typeof etag === 'string' ? etag : null,
        });
        return body;
      }),
      finalize(() => {
        this.inFlight.delete(scopedKey);
        settle();
      }),
    );
  }
}
