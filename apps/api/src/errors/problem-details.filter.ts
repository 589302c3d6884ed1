import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError } from '@aidledger/domain';
import { IdempotencyKeyReusedError, StaleRevisionError, WrongExpectedRevisionError } from '@aidledger/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FieldError, problem, type ProblemDetails } from './problem-details.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

const DOMAIN_STATUS: Record<DomainError['kind'], number> = { conflict: 409, not_found: 404, invalid: 400 };

const HTTP_CODES: Record<number, string> = {
  400: 'REQUEST.INVALID',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'REQUEST.METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  412: 'REQUEST.PRECONDITION_FAILED',
  413: 'REQUEST.TOO_LARGE',
  414: 'REQUEST.URI_TOO_LONG',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  429: 'REQUEST.RATE_LIMITED',
  428: 'REQUEST.PRECONDITION_REQUIRED',
};

/** Thrown by the validation pipe: field errors travel inside it. */
export class ValidationFailedException extends HttpException {
  constructor(readonly fieldErrors: FieldError[]) {
    super('The request has invalid fields', 400);
  }
}

/** Thrown where a handler knows the stable code it wants on the wire. */
export class ProblemException extends HttpException {
  constructor(readonly problemDetails: ProblemDetails) {
    super(problemDetails.detail, problemDetails.status);
  }
}

export const toProblem = (error: unknown): ProblemDetails => {
  if (error instanceof ProblemException) return error.problemDetails;
  if (error instanceof ValidationFailedException)
    return problem(400, 'REQUEST.VALIDATION_FAILED', 'The request has invalid fields', { errors: error.fieldErrors });
  if (error instanceof DomainError) {
    const { field, status, ...details } = error.details;
    const errors = typeof field === 'string' ? { errors: [{ field, message: error.message }] } : {};
    const state = status === undefined ? {} : { currentState: status };
    return problem(DOMAIN_STATUS[error.kind], error.code, error.message, { ...details, ...state, ...errors });
  }
  if (error instanceof IdempotencyKeyReusedError) return problem(422, error.code, error.message);
  if (error instanceof StaleRevisionError)
    // The revision If-Match named is not repeated: it is whatever the caller typed into a header.
    return problem(
      412,
      'REQUEST.STALE_REVISION',
      `The resource has changed since the revision in If-Match; it is now at ${String(error.actual)}`,
      {
        currentRevision: Number(error.actual),
      },
    );
  if (error instanceof WrongExpectedRevisionError)
    return problem(
      409,
      'CONCURRENCY.CONFLICT',
      'Another change to the same resource was committed at the same moment; try again',
    );
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response
        ? String((response as { message: unknown }).message)
        : error.message;
    // The router's own 404 repeats the path, which may hold whatever was typed into it.
    if (status === 404 && /^Cannot [A-Z]+ /.test(message))
      return problem(404, 'NOT_FOUND', 'There is no such endpoint');
    return problem(status, HTTP_CODES[status] ?? `HTTP.${status}`, message);
  }
  const fastifyError = error as { statusCode?: number; code?: string; message?: string };
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const status = fastifyError.statusCode;
    // Errors raised before a route's handler (body parsing, rate limits) that carry our own code and words.
    if (fastifyError.code?.startsWith('REQUEST.'))
      return problem(status, fastifyError.code, fastifyError.message ?? '');
    const detail =
      fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || /JSON/i.test(fastifyError.message ?? '')
        ? 'The body is not valid JSON'
        : status === 413
          ? 'The body is larger than the limit'
          : status === 415
            ? 'Send the body as application/json'
            : status === 414
              ? 'The address is longer than the limit'
              : 'The request could not be read';
    return problem(status, HTTP_CODES[status] ?? `HTTP.${status}`, detail);
  }
  return problem(500, 'INTERNAL', 'Something went wrong on our side; the change was not recorded');
};

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');
  /** Set when the screens are built: client-side routes then get the app shell instead of a 404. */
  serveAppShellOnNotFound = false;

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply & { sendFile?: (file: string) => FastifyReply }>();
    const request = http.getRequest<FastifyRequest>();
    const body = toProblem(error);
    if (
      body.status === 404 &&
      this.serveAppShellOnNotFound &&
      request.method === 'GET' &&
      reply.sendFile &&
      !/^\/(api|health)(\/|$)/.test(request.url)
    ) {
      void reply.sendFile('index.html');
      return;
    }
    if (body.status >= 500)
      this.logger.error(
        error instanceof Error ? error : String(error),
        error instanceof Error ? error.stack : undefined,
      );
    void reply
      .status(body.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      // The route's pattern, not the address: an address may carry what a caller typed (a personnummer).
      .send({ ...body, ...(request.routeOptions?.url ? { instance: request.routeOptions.url } : {}) });
  }
}
