import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isRole, ROLES, type Principal, type Role } from './roles.js';
import { InvalidTokenError, JwtVerifier, principalOf } from './token-verifier.js';

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
export class OidcTokenVerifier extends JwtVerifier {
  private keys: JWTVerifyGetKey | null = null;

  constructor(
    private readonly oidc: OidcOptions,
    nowMs: () => number = Date.now,
  ) {
    super(oidc, ['RS256', 'PS256', 'ES256', 'EdDSA'], nowMs);
  }

  protected key(): Promise<JWTVerifyGetKey> {
    return this.jwks();
  }

  protected principalFrom(payload: JWTPayload): Principal {
    const role = roleFromClaim(payload[this.oidc.roleClaim]);
    if (!role) throw new InvalidTokenError(`token's ${this.oidc.roleClaim} claim names none of ${ROLES.join(', ')}`);
    const name = [payload.name, payload.preferred_username, payload.sub].find((v) => typeof v === 'string');
    return principalOf(payload.sub as string, name as string, role, payload);
  }

  private async jwks(): Promise<JWTVerifyGetKey> {
    if (this.keys) return this.keys;
    const discovery = `${this.oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
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
