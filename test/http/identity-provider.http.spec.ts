import { startHarness, type Harness } from '../support/app-harness.js';
import {
  API_AUDIENCE,
  clientCredentialsToken,
  OTHER_API_CLIENT,
  SCREENS_CLIENT_ID,
  startIdentityProvider,
  type IdentityProvider,
} from '../support/identity-provider.js';

let provider: IdentityProvider;
let h: Harness;
beforeAll(async () => {
  provider = await startIdentityProvider();
  h = await startHarness({
    env: { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: SCREENS_CLIENT_ID, OIDC_AUDIENCE: API_AUDIENCE },
  });
});
afterAll(async () => {
  await h.close();
  await provider.close();
});

const me = (token: string) =>
  h.request({ method: 'GET', url: '/api/me', role: null, headers: { authorization: `Bearer ${token}` } });

describe('signing in through the region’s identity provider', () => {
  it('tells the screens which provider and client to sign in with', async () => {
    const response = await h.request({ method: 'GET', url: '/api/auth/sign-in-options', role: null });
    expect(response.body).toEqual({
      oidc: { issuer: provider.issuer, clientId: SCREENS_CLIENT_ID, scope: 'openid profile' },
      demo: false,
    });
  });

  it("accepts the provider's access token, verified by its published keys, with the role from its claim", async () => {
    const token = await clientCredentialsToken(provider.issuer);
    expect(await me(token)).toMatchObject({
      status: 200,
      body: { subject: 'aidledger-integration', role: 'warehouse' },
    });
    const created = await h.request({
      method: 'POST',
      url: '/api/articles',
      role: null,
      headers: { authorization: `Bearer ${token}` },
      body: {
        articleNo: 'OIDC-1',
        name: 'Rollator',
        isoCode: '12 06 06',
        kind: 'individual',
        rentable: false,
        purchasePriceSek: 900,
      },
    });
    expect(created.status).toBe(201);
  });

  it('refuses a token of the same provider issued for another audience', async () => {
    const token = await clientCredentialsToken(provider.issuer, OTHER_API_CLIENT);
    expect(await me(token)).toMatchObject({ status: 401, body: { detail: expect.stringContaining('aud') } });
  });

  it('still accepts service tokens beside the provider', async () => {
    expect((await h.request({ method: 'GET', url: '/api/me', role: 'auditor' })).status).toBe(200);
  });
});
