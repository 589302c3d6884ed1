import { startHarness, type Harness } from '../../../../test/support/app-harness.js';

describe('demo data endpoints', () => {
  describe('with DEMO_DATA=off', () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness();
    });
    afterAll(async () => {
      await harness.close();
    });

    it('serves no demo tokens', async () => {
      const response = await harness.request({ method: 'GET', url: '/api/demo/tokens', role: null });
      expect(response.status).toBe(404);
    });

    it('tells a caller who they are', async () => {
      const response = await harness.request({ method: 'GET', url: '/api/me', role: 'transport' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ subject: 'transport.tester', name: 'transport tester', role: 'transport' });
    });

    it('asks for a token on /api/me', async () => {
      const response = await harness.request({ method: 'GET', url: '/api/me', role: null });
      expect(response.status).toBe(401);
    });
  });

  describe('with DEMO_DATA=on', () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness({ env: { DEMO_DATA: 'on' } });
    });
    afterAll(async () => {
      // Shutting down stops the generator after the day it is on.
      await harness.close();
    });

    it('hands out a token per role that the API accepts', async () => {
      const response = await harness.request({ method: 'GET', url: '/api/demo/tokens', role: null });
      expect(response.status).toBe(200);
      const { tokens } = response.body as { tokens: { role: string; name: string; token: string }[] };
      expect(tokens.map((token) => token.role).sort()).toEqual(
        ['admin', 'auditor', 'finance', 'payer', 'planner', 'transport', 'viewer', 'warehouse'].sort(),
      );
      // The demo payer reads its own books (once the history registered it) and no other payer's.
      const payer = tokens.find((token) => token.role === 'payer')!;
      const fleetOf = (payerId: string) =>
        harness.app
          .getHttpAdapter()
          .getInstance()
          .inject({
            method: 'GET',
            url: `/api/billing/fleet?payerId=${payerId}`,
            headers: { authorization: `Bearer ${payer.token}` },
          });
      expect((await fleetOf('KUND-VASTERAS')).statusCode).toBe(403);
      expect([200, 404]).toContain((await fleetOf('KUND-KOPING')).statusCode);
      const auditor = tokens.find((token) => token.role === 'auditor')!;
      const me = await harness.app
        .getHttpAdapter()
        .getInstance()
        .inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${auditor.token}` } });
      expect(JSON.parse(me.body)).toEqual({ subject: 'demo.auditor', name: auditor.name, role: 'auditor' });
    });

    it('starts generating a history into the empty store', async () => {
      let headPosition = -1;
      for (let attempt = 0; attempt < 200 && headPosition <= 1000; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const health = await harness.request({ method: 'GET', url: '/health', role: null });
        headPosition = (health.body as { headPosition: number }).headPosition;
      }
      expect(headPosition).toBeGreaterThan(1000);
    });
  });
});
