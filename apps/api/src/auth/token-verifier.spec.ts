import { HmacTokenVerifier, InvalidTokenError, signToken } from './token-verifier.js';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256-0123456789';

describe('HmacTokenVerifier', () => {
  it('answers a token it verified before with the same principal', async () => {
    const verifier = new HmacTokenVerifier(SECRET);
    const token = await signToken(SECRET, { subject: 'u1', name: 'Ulla', role: 'admin' });
    const first = await verifier.verify(token);
    expect(await verifier.verify(token)).toEqual(first);
    expect(first).toEqual({ subject: 'u1', name: 'Ulla', role: 'admin' });
  });

  it('refuses a verified token once it has expired', async () => {
    let now = Date.now();
    const verifier = new HmacTokenVerifier(SECRET, () => now);
    const token = await signToken(SECRET, { subject: 'u1', name: 'Ulla', role: 'admin', expiresIn: '1h' });
    await verifier.verify(token);
    now += 2 * 60 * 60 * 1000;
    await expect(verifier.verify(token)).rejects.toThrow(new InvalidTokenError('token expired'));
  });

  it('refuses a token signed with another secret', async () => {
    const verifier = new HmacTokenVerifier(SECRET);
    const token = await signToken(`${SECRET}-other`, { subject: 'u1', name: 'Ulla', role: 'admin' });
    await expect(verifier.verify(token)).rejects.toThrow(new InvalidTokenError('invalid token'));
  });
});
