import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, mergeMap, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/current-principal.decorator.js';
import { correlationIdOf } from '../command-bus/command-context.decorator.js';
import { AccessLog } from './access-log.js';

const PERSON_READS = 'aidledger:person-reads';

type PersonReads = { action: string; personIdsOf: (answer: never) => Iterable<string | null | undefined> };

/**
 * A read of person-level data (PDL 4 kap): the answer is sent only once one access-log entry per person it names
 * is durable. If the log cannot be written, the read fails: no person's data goes out unlogged.
 */
export const LogsPersonReads = <Answer>(
  action: string,
  personIdsOf: (answer: Answer) => Iterable<string | null | undefined>,
) => SetMetadata(PERSON_READS, { action, personIdsOf } as PersonReads);

@Injectable()
export class PersonReadsInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AccessLog) private readonly accessLog: AccessLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reads = this.reflector.get<PersonReads | undefined>(PERSON_READS, context.getHandler());
    if (!reads) return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = request.principal!;
    return next.handle().pipe(
      mergeMap((answer) => {
        const personIds = [...reads.personIdsOf(answer as never)].filter((id): id is string => typeof id === 'string');
        const accessor = { actor: principal.subject, role: principal.role, correlationId: correlationIdOf(request) };
        return from(this.accessLog.recordReads(accessor, reads.action, personIds).then(() => answer));
      }),
    );
  }
}
