import type { Page } from 'playwright-core';
import {
  API_AUDIENCE,
  SCREENS_CLIENT_ID,
  startIdentityProvider,
  type IdentityProvider,
} from '../support/identity-provider.js';
import { freePort, startApi, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';

let provider: IdentityProvider;
let api: RunningApi;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  const port = await freePort();
  provider = await startIdentityProvider(`http://127.0.0.1:${port}`);
  api = await startApi({
    port,
    env: {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: SCREENS_CLIENT_ID,
      OIDC_AUDIENCE: API_AUDIENCE,
      OIDC_SCOPE: 'openid profile api',
    },
  });
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
  await provider?.close();
});

describe("signing in through the region's identity provider (authorization code + PKCE)", () => {
  it('signs a transport user in on the provider’s page and brings them back to their screens', async () => {
    await page.goto(`${api.baseUrl}/`);
    await page.getByRole('button', { name: 'Logga in med regionens inloggning' }).click();

    // The provider's own sign-in and consent pages.
    await page.waitForURL((url) => url.origin === provider.issuer);
    const authorize = page.url();
    expect(new URL(authorize).pathname).toMatch(/^\/interaction\//);
    await page.locator('input[name="login"]').fill('transport.tom');
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').click();

    await page.getByTestId('signed-in-as').filter({ hasText: 'Inloggad som Tom (Transport)' }).waitFor();
    expect(new URL(page.url()).origin).toBe(api.baseUrl);
    expect(new URL(page.url()).pathname).not.toContain('/auth/callback');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Transport' }).waitFor();
    await screenshot(page, 'sign-in-identity-provider');
  });

  it('a user the provider gives no aidledger role is refused and stays on the sign-in screen', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Logga in med regionens inloggning' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill('nobody.nils');
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').click();
    await page.getByRole('alert').filter({ hasText: 'Token godtogs inte' }).waitFor();
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
  });
});
