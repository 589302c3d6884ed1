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

export class HmacTokenVerifier implements TokenVerifier {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async verify(token: string): Promise<Principal> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER }));
    } catch (error) {
      throw new InvalidTokenError(
        error instanceof Error && error.name === 'JWTExpired' ? 'token expired' : 'invalid token',
      );
    }
    const { sub, name, role } = payload;
    if (typeof sub !== 'string' || sub === '' || !isRole(role))
      throw new InvalidTokenError('token lacks subject or role');
    return { subject: sub, name: typeof name === 'string' ? name : sub, role };
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
