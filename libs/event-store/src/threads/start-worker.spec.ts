import { once } from 'node:events';
import { startWorker } from './start-worker.js';

describe('startWorker', () => {
  it('runs a TypeScript worker from source, its aliases and relative imports resolved', async () => {
    const worker = startWorker(new URL('./echo.worker.fixture.js', import.meta.url));
    try {
      worker.postMessage({ type: 'AssetRegistered', streamId: 'asset-1' });
      const [first] = (await once(worker, 'message')) as [{ matches: boolean; max: bigint }];
      worker.postMessage({ type: 'AssetDelivered', streamId: 'asset-1' });
      const [second] = (await once(worker, 'message')) as [{ matches: boolean }];
      expect(first).toEqual({ matches: true, max: 9223372036854775807n });
      expect(second.matches).toBe(false);
    } finally {
      await worker.terminate();
    }
  });
});
