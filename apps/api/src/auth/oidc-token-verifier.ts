import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isRole, ROLES, type Principal, type Role } from './roles.js';
import {
  InvalidTokenError,
  principalOf,
  rejection,
  requireBoundedLifetime,
  VerifiedTokens,
  type TokenVerifier,
} from './token-verifier.js';

export type OidcOptions = {
  issuer: string;
  /** The API's audience in the access token (the client id unless the provider names the API otherwise). */
  audience: string;
  /** The claim that names the role: a string or a list; its first value that is an aidledger role counts. */
  roleClaim: string;
  maxLifetimeSeconds: number;
};

/** The role a token's claim names: the claim may be one role or a list of them (as many providers send). */
export const roleFromClaim = (value: unknown): Role | null => {
  const values = Array.isArray(value) ? value : [value];
  return (values.find((candidate) => isRole(candidate)) as Role | undefined) ?? null;
};

/**
 * Access tokens from the region's identity provider, verified by the provider's published keys (JWKS, found
 * through its discovery document and refreshed by jose when a new key id appears).
 */
export class OidcTokenVerifier implements TokenVerifier {
  private keys: JWTVerifyGetKey | null = null;
  private readonly cache: VerifiedTokens;

  constructor(
    private readonly options: OidcOptions,
    private readonly nowMs: () => number = Date.now,
  ) {
    this.cache = new VerifiedTokens(nowMs);
  }

  async verify(token: string): Promise<Principal> {
    const cached = this.cache.get(token);
    if (cached) return cached;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.jwks(), {
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['exp', 'sub'],
        currentDate: new Date(this.nowMs()),
      }));
    } catch (error) {
      throw rejection(error);
    }
    requireBoundedLifetime(payload, this.nowMs(), this.options.maxLifetimeSeconds);
    const role = roleFromClaim(payload[this.options.roleClaim]);
    if (!role) throw new InvalidTokenError(`token's ${this.options.roleClaim} claim names none of ${ROLES.join(', ')}`);
    const name = [payload.name, payload.preferred_username, payload.sub].find((v) => typeof v === 'string');
    const principal = principalOf(payload.sub as string, name as string, role, payload);
    this.cache.keep(token, principal, payload);
    return principal;
  }

  private async jwks(): Promise<JWTVerifyGetKey> {
    if (this.keys) return this.keys;
    const discovery = `${this.options.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    let jwksUri: unknown;
    try {
      const response = await fetch(discovery, { signal: AbortSignal.timeout(5000) });
      jwksUri = response.ok ? ((await response.json()) as { jwks_uri?: unknown }).jwks_uri : undefined;
    } catch {
      jwksUri = undefined;
    }
    if (typeof jwksUri !== 'string') throw new InvalidTokenError('the identity provider cannot be reached');
    this.keys = createRemoteJWKSet(new URL(jwksUri));
    return this.keys;
  }
}
