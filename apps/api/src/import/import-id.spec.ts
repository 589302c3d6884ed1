import { v5 as uuidV5 } from 'uuid';
import { IMPORT_NAMESPACE, importId } from './import-id.js';

describe('importId', () => {
  it('is the version 5 UUID that the uuid package derives from the same key and namespace', () => {
    const keys = [
      'asset:SN-1',
      'loan:SN-1',
      'person-0a1f:0',
      'orders.csv:12:order-1',
      '',
      'Åsa Öberg:ü:日本',
      'x'.repeat(500),
    ];
    for (const key of keys) expect(importId(key)).toBe(uuidV5(key, IMPORT_NAMESPACE));
  });
});
