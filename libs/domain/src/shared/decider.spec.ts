import { DomainError } from '@aidledger/domain';

describe('DomainError', () => {
  it('keeps its stable code and kind', () => {
    const error = new DomainError('ASSET.SCRAPPED', 'The aid is scrapped', 'conflict');
    expect(error.code).toBe('ASSET.SCRAPPED');
    expect(error.kind).toBe('conflict');
    expect(error).toBeInstanceOf(Error);
  });
});
