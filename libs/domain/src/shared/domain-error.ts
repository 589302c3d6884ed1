/**
 * A refused command. `kind` tells the edge how to answer: a refused transition is a
 * conflict (409), an unknown aggregate is not found (404), a rule on the input is invalid (400/422).
 */
export type DomainErrorKind = 'conflict' | 'not_found' | 'invalid';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'conflict',
    readonly details: Record<string, string | number | boolean | null> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
