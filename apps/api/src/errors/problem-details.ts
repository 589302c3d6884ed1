export type FieldError = { field: string; message: string };

/** RFC 9457 Problem Details with a stable `code` clients can switch on. */
export type ProblemDetails = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Extensions never override the standard members. */
export const problem = (
  status: number,
  code: string,
  detail: string,
  extra: Partial<ProblemDetails> = {},
): ProblemDetails => ({
  ...extra,
  type: `https://aidledger.se/problems/${code.toLowerCase().replace(/[._]/g, '-')}`,
  title: TITLES[status] ?? 'Error',
  status,
  detail,
  code,
});
