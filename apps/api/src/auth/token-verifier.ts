import { createSecretKey, type KeyObject } from 'node:crypto';
import { decodeJwt, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isRole, type Principal, type Role } from './roles.js';

/** Verifies a bearer token and says who sends it. Implemented per kind of token, chosen by its issuer. */
export type TokenVerifier = { verify(token: string): Promise<Principal> };

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/** Local HS256 tokens for service accounts and tests (`npm run token`). */
export const SERVICE_TOKENS = { issuer: 'aidledger', audience: 'aidledger-api', maxLifetimeSeconds: 30 * 24 * 3600 };
/** Demo tokens: their own key, their own issuer, hours not days. */
export const DEMO_TOKENS = { issuer: 'aidledger-demo', audience: 'aidledger-api', maxLifetimeSeconds: 8 * 3600 };

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

const JOSE_REASONS: Record<string, string> = {
  ERR_JWT_EXPIRED: 'token expired',
  ERR_JWT_CLAIM_VALIDATION_FAILED: 'token claims not accepted',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'invalid signature',
  ERR_JOSE_ALG_NOT_ALLOWED: 'signing algorithm not accepted',
};

/** jose's error, said without echoing anything of the token. */
export const rejection = (error: unknown): InvalidTokenError => {
  if (error instanceof InvalidTokenError) return error;
  const code = (error as { code?: string }).code;
  const claim = (error as { claim?: string }).claim;
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim) return new InvalidTokenError(`token ${claim} not accepted`);
  return new InvalidTokenError((code && JOSE_REASONS[code]) ?? 'invalid token');
};

/** Every token must expire, and not later than the verifier allows: a stolen token's value is bounded. */
export const requireBoundedLifetime = (payload: JWTPayload, nowMs: number, maxLifetimeSeconds: number): number => {
  const { exp } = payload;
  if (typeof exp !== 'number') throw new InvalidTokenError('token has no exp');
  if (exp - nowMs / 1000 > maxLifetimeSeconds)
    throw new InvalidTokenError(`token lives longer than ${Math.round(maxLifetimeSeconds / 3600)} h`);
  return exp;
};

/** A `payer` token is scoped to one payer by its `payerId` claim; without it the token is refused. */
export const principalOf = (subject: string, name: string, role: Role, payload: JWTPayload): Principal => {
  if (role !== 'payer') return { subject, name, role };
  const { payerId } = payload as { payerId?: unknown };
  if (typeof payerId !== 'string' || payerId === '')
    throw new InvalidTokenError('a payer token must name its payer (payerId)');
  return { subject, name, role, payerId };
};

/** Verified tokens kept, keyed by the raw token, until they expire; the cache is emptied when it grows past this. */
const MAX_CACHED_TOKENS = 10_000;

/** Remembers a verified principal until its token expires: verifying costs more than a request. */
export class VerifiedTokens {
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();
  constructor(private readonly nowMs: () => number) {}

  get(token: string): Principal | undefined {
    const cached = this.verified.get(token);
    if (!cached) return undefined;
    if (this.nowMs() < cached.expiresAtMs) return cached.principal;
    this.verified.delete(token);
    return undefined;
  }

  /** Only tokens already valid are kept: a cached answer must stay true for its lifetime. */
  keep(token: string, principal: Principal, payload: JWTPayload): void {
    if (typeof payload.exp !== 'number' || payload.nbf !== undefined) return;
    if (this.verified.size >= MAX_CACHED_TOKENS) this.verified.clear();
    this.verified.set(token, { principal, expiresAtMs: payload.exp * 1000 });
  }
}

export type JwtOptions = { issuer: string; audience: string; maxLifetimeSeconds: number };
export type HmacTokenOptions = JwtOptions;

/**
 * A signed JWT checked the same way whoever issued it: signature by the issuer's key, issuer, audience, `exp` and
 * `sub` present, a bounded lifetime; then the principal it names, kept until the token expires.
 */
export abstract class JwtVerifier implements TokenVerifier {
  private readonly cache: VerifiedTokens;

  constructor(
    protected readonly options: JwtOptions,
    private readonly algorithms: string[],
    protected readonly nowMs: () => number,
  ) {
    this.cache = new VerifiedTokens(nowMs);
  }

  async verify(token: string): Promise<Principal> {
    const cached = this.cache.get(token);
    if (cached) return cached;
    let payload: JWTPayload;
    const checks = {
      algorithms: this.algorithms,
      issuer: this.options.issuer,
      audience: this.options.audience,
      requiredClaims: ['exp', 'sub'],
      currentDate: new Date(this.nowMs()),
    };
    try {
      const key = await this.key();
      ({ payload } =
        typeof key === 'function' ? await jwtVerify(token, key, checks) : await jwtVerify(token, key, checks));
    } catch (error) {
      throw rejection(error);
    }
    requireBoundedLifetime(payload, this.nowMs(), this.options.maxLifetimeSeconds);
    const principal = this.principalFrom(payload);
    this.cache.keep(token, principal, payload);
    return principal;
  }

  protected abstract key(): Promise<KeyObject | JWTVerifyGetKey>;
  protected abstract principalFrom(payload: JWTPayload): Principal;
}

/** HS256 tokens signed with a shared secret: service accounts (and, with their own key, demo users). */
export class HmacTokenVerifier extends JwtVerifier {
  private readonly secret: KeyObject;

  constructor(secret: string, options: JwtOptions = SERVICE_TOKENS, nowMs: () => number = Date.now) {
    super(options, ['HS256'], nowMs);
    this.secret = createSecretKey(new TextEncoder().encode(secret));
  }

  protected async key(): Promise<KeyObject> {
    return this.secret;
  }

  protected principalFrom(payload: JWTPayload): Principal {
    const { sub, name, role } = payload as JWTPayload & { name?: unknown; role?: unknown };
    if (typeof sub !== 'string' || sub === '' || !isRole(role))
      throw new InvalidTokenError('token lacks subject or role');
    return principalOf(sub, typeof name === 'string' ? name : sub, role, payload);
  }
}

/** Chooses the verifier by the token's issuer; a token of an issuer not configured is refused. */
export class IssuerRoutedVerifier implements TokenVerifier {
  constructor(private readonly byIssuer: ReadonlyMap<string, TokenVerifier>) {}

  verify(token: string): Promise<Principal> {
    let issuer: unknown;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      return Promise.reject(new InvalidTokenError('invalid token'));
    }
    const verifier = typeof issuer === 'string' ? this.byIssuer.get(issuer) : undefined;
    if (!verifier) return Promise.reject(new InvalidTokenError('token issuer not accepted'));
    return verifier.verify(token);
  }
}

export type TokenClaims = { subject: string; name: string; role: Role; expiresIn?: string; payerId?: string };

export const signToken = (
  secret: string,
  claims: TokenClaims,
  { issuer, audience }: Pick<HmacTokenOptions, 'issuer' | 'audience'> = SERVICE_TOKENS,
): Promise<string> =>
  new SignJWT({ name: claims.name, role: claims.role, ...(claims.payerId ? { payerId: claims.payerId } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(secret));
