import { createSecretKey, type KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { isRole, type Principal, type Role } from './roles.js';

/**
 * The seam for identity providers: HS256 with a shared secret today; an OIDC provider
 * would implement the same port with jose's createRemoteJWKSet and an issuer/audience check.
 */
export type TokenVerifier = { verify(token: string): Promise<Principal> };

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
export const ISSUER = 'aidledger';

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

/** Verified tokens kept, keyed by the raw token, until they expire; the cache is emptied when it grows past this. */
const MAX_CACHED_TOKENS = 10_000;

export class HmacTokenVerifier implements TokenVerifier {
  private readonly key: KeyObject;
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();

  constructor(
    secret: string,
    private readonly nowMs: () => number = Date.now,
  ) {
    this.key = createSecretKey(new TextEncoder().encode(secret));
  }

  async verify(token: string): Promise<Principal> {
    const cached = this.verified.get(token);
    if (cached) {
      if (this.nowMs() < cached.expiresAtMs) return cached.principal;
      this.verified.delete(token);
    }
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        currentDate: new Date(this.nowMs()),
      }));
    } catch (error) {
      throw new InvalidTokenError(
        error instanceof Error && error.name === 'JWTExpired' ? 'token expired' : 'invalid token',
      );
    }
    const { sub, name, role, exp, nbf } = payload;
    if (typeof sub !== 'string' || sub === '' || !isRole(role))
      throw new InvalidTokenError('token lacks subject or role');
    const principal: Principal = { subject: sub, name: typeof name === 'string' ? name : sub, role };
    // Only tokens that expire and are already valid are kept: a cached answer must stay true for its lifetime.
    if (typeof exp === 'number' && nbf === undefined) {
      if (this.verified.size >= MAX_CACHED_TOKENS) this.verified.clear();
      this.verified.set(token, { principal, expiresAtMs: exp * 1000 });
    }
    return principal;
  }
}

export type TokenClaims = { subject: string; name: string; role: Role; expiresIn?: string };

export const signToken = (secret: string, claims: TokenClaims): Promise<string> =>
  new SignJWT({ name: claims.name, role: claims.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '30d')
    .sign(new TextEncoder().encode(secret));
