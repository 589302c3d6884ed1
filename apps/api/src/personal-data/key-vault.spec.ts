import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openKeyVault } from './key-vault.js';

describe('the SQLite key vault', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'aidledger-keys-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('opens in a DATA_DIR that does not exist yet, made private to its owner', async () => {
    const dataDir = path.join(root, 'new', 'data');
    const vault = openKeyVault({ dataDir, databaseUrl: null });
    try {
      const key = Buffer.alloc(32, 7);
      expect(await vault.keep('person-1', key)).toEqual(key);
      expect(await vault.get('person-1')).toEqual(key);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    } finally {
      await vault.close();
    }
  });
});
