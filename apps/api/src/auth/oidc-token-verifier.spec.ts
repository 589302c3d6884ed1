import { roleFromClaim } from './oidc-token-verifier.js';

describe('the role in an identity provider’s token', () => {
  it.each<[unknown, string | null]>([
    ['transport', 'transport'],
    [['Users', 'planner', 'admin'], 'planner'],
    [['Users'], null],
    ['root', null],
    [undefined, null],
    [42, null],
  ])('claim %j names the role %s', (claim, role) => {
    expect(roleFromClaim(claim)).toBe(role);
  });
});
