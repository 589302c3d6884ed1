import type { Messages } from '../i18n/sv.js';
import { ApiError } from './api-client.js';

/** `specific` is set when the message names the exact cause, so nothing more general replaces it. */
export type ErrorText = { message: string; fields: string[]; detail?: string; specific?: boolean };

/** Turns any failure into words a person understands; the server's own detail is kept as a secondary line. */
export const errorText = (error: unknown, t: Messages): ErrorText => {
  if (!(error instanceof ApiError)) return { message: t.errors.unknown, fields: [] };
  const { problem } = error;
  const fields = (problem.errors ?? []).map((fieldError) => `${fieldError.field}: ${fieldError.message}`);
  const detail = problem.detail && problem.detail !== problem.title ? problem.detail : undefined;
  const known = problem.code ? t.codes[problem.code] : undefined;
  if (known) return { message: known, fields, specific: true };
  switch (problem.status) {
    case 0:
      return { message: t.errors.network, fields };
    case 400:
    case 422:
      return { message: t.errors.badRequest, fields, detail: fields.length > 0 ? undefined : detail };
    case 401:
      return { message: t.errors.unauthorized, fields };
    case 403:
      return { message: t.errors.forbidden, fields };
    case 404:
      return { message: t.errors.notFound, fields, detail };
    case 409:
      return { message: t.errors.conflict, fields, detail };
    case 412:
      return { message: t.errors.stale, fields };
    case 413:
      return { message: t.errors.tooLarge, fields };
    default:
      return { message: problem.status >= 500 ? t.errors.server : t.errors.unknown, fields, detail };
  }
};
