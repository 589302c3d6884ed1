/** Steps every browser test takes: the same sign-in, menu, wait and text check, written once. */
import type { Locator, Page } from 'playwright-core';

export const todayInStockholm = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Waits until the read models have applied everything written so far (read-your-writes for the assertions). */
export const projectionsCaughtUp = async (baseUrl: string): Promise<void> => {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const ready = (await (await fetch(`${baseUrl}/health/ready`)).json()) as {
      projections: { lagEvents: number }[];
    };
    if (ready.projections.every((projection) => projection.lagEvents === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('projections did not catch up within 15 s');
};

/** Signs out whoever is signed in, then in with `user`'s token (or stays signed out without one). */
export const signIn = async (
  page: Page,
  baseUrl: string,
  user: { token: string; name: string } | null,
): Promise<void> => {
  await page.goto(`${baseUrl}/`);
  const signOut = page.getByRole('button', { name: 'Logga ut' });
  await signOut.or(page.getByLabel('Åtkomsttoken')).first().waitFor();
  if (await signOut.isVisible()) await signOut.click();
  if (!user) return;
  await page.getByLabel('Åtkomsttoken').fill(user.token);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: user.name }).waitFor();
};

/** Opens a screen from the main menu and waits for its heading. */
export const openScreen = async (page: Page, name: string): Promise<void> => {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
};

export const expectText = async (locator: Locator, expected: string): Promise<void> => {
  await locator.filter({ hasText: expected }).first().waitFor({ timeout: 10_000 });
};
