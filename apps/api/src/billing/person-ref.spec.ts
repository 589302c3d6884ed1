import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openKeyVault } from '../personal-data/key-vault.js';
import { PersonalData } from '../personal-data/personal-data.js';
import { PersonRefs } from './person-ref.js';

const ANNA = '8d7e6f5a-0000-4000-8000-000000000001';
const BERTIL = '8d7e6f5a-0000-4000-8000-000000000002';

const dirs: string[] = [];
const opened: PersonalData[] = [];

/** Person refs over a real key vault in a data directory of its own (or a given one, as after a restart). */
const refsIn = (dataDir = mkdtempSync(path.join(os.tmpdir(), 'aidledger-person-ref-'))) => {
  dirs.push(dataDir);
  const personalData = new PersonalData(openKeyVault({ dataDir, databaseUrl: null }));
  opened.push(personalData);
  return { dataDir, refs: new PersonRefs(personalData) };
};

afterEach(async () => {
  await Promise.all(opened.splice(0).map((personalData) => personalData.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('personRef: the pseudonymous reference a payer sees', () => {
  it('is P- and ten base32 symbols, and never the person id or a part of it', async () => {
    const name = await refsIn().refs.naming();
    for (const personId of [ANNA, BERTIL]) {
      const ref = name(personId);
      expect(ref).toMatch(/^P-[A-Z2-7]{10}$/);
      for (const part of personId.split('-')) expect(ref.toLowerCase()).not.toContain(part.toLowerCase());
    }
  });

  it('is stable: the same person gets the same reference, also after a restart on the same key vault', async () => {
    const first = refsIn();
    const before = (await first.refs.naming())(ANNA);
    expect((await first.refs.naming())(ANNA)).toBe(before);
    await opened.pop()!.close();
    const restarted = refsIn(first.dataDir);
    expect((await restarted.refs.naming())(ANNA)).toBe(before);
  });

  it('differs per person', async () => {
    const name = await refsIn().refs.naming();
    const refs = new Set(
      Array.from({ length: 1000 }, (_, n) => name(`8d7e6f5a-0000-4000-8000-${String(n).padStart(12, '0')}`)),
    );
    expect(refs.size).toBe(1000);
  });

  it('depends on the server secret: another key vault names the same person otherwise', async () => {
    const one = (await refsIn().refs.naming())(ANNA);
    const other = (await refsIn().refs.naming())(ANNA);
    expect(other).not.toBe(one);
  });
});
