import { startHarness, type Harness } from '../support/app-harness.js';
import { createArticle } from '../support/fixtures.js';

describe('graceful shutdown', () => {
  let h: Harness;
  afterAll(async () => {
    await h.close();
  });

  it('every command acknowledged while the app shuts down is there after a restart', async () => {
    h = await startHarness();
    const articleNo = await createArticle(h);
    const sent = Array.from({ length: 60 }, (_, index) =>
      h
        .request({
          method: 'POST',
          url: '/api/assets',
          body: { articleNo, serialNumber: `SN-SHUT-${index}`, location: 'L1' },
        })
        .catch(() => null),
    );
    // Close while the rest are still on their way through the command loop.
    await Promise.race(sent);
    await h.app.close();
    const answers = await Promise.all(sent);
    const acknowledged = answers
      .filter((answer) => answer?.status === 201)
      .map((answer) => (answer!.body as { id: string }).id);

    await h.restart();
    for (const id of acknowledged) {
      const state = await h.request({ method: 'GET', url: `/api/assets/${id}` });
      expect(state.status).toBe(200);
    }
    expect(acknowledged.length).toBeGreaterThan(0);
  });
});
