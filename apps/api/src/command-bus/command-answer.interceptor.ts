import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { isCommandAnswer, toAnswerBody } from './command-answer.js';

/** Serialises command answers: bigint revisions as numbers, the stream revision as ETag, a replay marked. */
@Injectable()
export class CommandAnswerInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((result) => {
        if (!isCommandAnswer(result)) return result;
        void reply.header('etag', `"${result.streamRevision}"`);
        if (result.replayed) void reply.header('idempotent-replayed', 'true');
        return toAnswerBody(result);
      }),
    );
  }
}
