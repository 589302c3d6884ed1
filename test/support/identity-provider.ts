import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import OidcProvider, { type Configuration } from 'oidc-provider';

/** The API's audience at the provider, and the resource the screens' client is given tokens for. */
export const API_AUDIENCE = 'aidledger-api';
export const SCREENS_CLIENT_ID = 'aidledger-screens';
export const SERVICE_CLIENT = { id: 'aidledger-integration', secret: 'integration-secret-0123456789abcdef' };
export const OTHER_API_CLIENT = { id: 'other-integration', secret: 'other-secret-0123456789abcdefghij' };

/** Test users sign in as `<role>.<name>` on the provider's own login page; their role travels as a `roles` claim. */
const rolesOf = (accountId: string): string[] => {
  const role = accountId.split('.')[0];
  return role === 'nobody' ? [] : [role];
};

/** `transport.tom` signs in as Tom. */
const displayName = (accountId: string): string =>
  accountId.replace(/^[a-z]+\./, '').replace(/^./, (first) => first.toUpperCase());

export type IdentityProvider = { issuer: string; close(): Promise<void> };

/**
 * A real OpenID provider (the certified `oidc-provider`) on a free local port: authorization code + PKCE for
 * the screens' public client, client credentials for an integration, JWT access tokens for the API's audience.
 */
export const startIdentityProvider = async (screensOrigin = 'http://127.0.0.1'): Promise<IdentityProvider> => {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const resource = `${issuer}/resources/aidledger-api`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: SCREENS_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: [`${screensOrigin}/auth/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      {
        client_id: SERVICE_CLIENT.id,
        client_secret: SERVICE_CLIENT.secret,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
      },
      {
        client_id: OTHER_API_CLIENT.id,
        client_secret: OTHER_API_CLIENT.secret,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-key' }] },
    cookies: { keys: ['identity-provider-test-cookie-key'] },
    pkce: { required: () => true },
    clientBasedCORS: () => true,
    findAccount: (_ctx, accountId) => ({
      accountId,
      claims: () => ({
        sub: accountId,
        name: accountId.replace(/^[a-z]+\./, '').replace(/^./, (c) => c.toUpperCase()),
      }),
    }),
    extraTokenClaims: (_ctx, token) => {
      const subject = ('accountId' in token && token.accountId) || ('clientId' in token && token.clientId) || '';
      const roles = subject === SERVICE_CLIENT.id ? ['warehouse'] : rolesOf(String(subject));
      const name = displayName(String(subject));
      return roles.length > 0 ? { roles, name } : { name };
    },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, client) =>
          client?.clientId === OTHER_API_CLIENT.id ? `${issuer}/resources/other` : resource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => ({
          scope: 'api',
          audience: indicator === resource ? API_AUDIENCE : 'another-api',
          accessTokenTTL: 3600,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  };
  const provider = new OidcProvider(issuer, configuration);
  server.on('request', provider.callback());
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** An access token for an integration by the client credentials grant. */
export const clientCredentialsToken = async (
  issuer: string,
  client: { id: string; secret: string } = SERVICE_CLIENT,
): Promise<string> => {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api' }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!body.access_token) throw new Error(`No token: ${body.error} ${body.error_description}`);
  return body.access_token;
};
