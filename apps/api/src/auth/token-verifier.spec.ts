import { SignJWT, UnsecuredJWT } from 'jose';
import {
  DEMO_TOKENS,
  HmacTokenVerifier,
  InvalidTokenError,
  IssuerRoutedVerifier,
  SERVICE_TOKENS,
  signToken,
} from './token-verifier.js';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256-0123456789';
const key = new TextEncoder().encode(SECRET);

/** A token with the claims a test chooses, signed with the service secret unless said otherwise. */
const token = (claims: { iss?: string; aud?: string; exp?: number | null; role?: string } = {}) => {
  const jwt = new SignJWT({ name: 'Ulla', role: claims.role ?? 'admin' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u1')
    .setIssuer(claims.iss ?? SERVICE_TOKENS.issuer)
    .setAudience(claims.aud ?? SERVICE_TOKENS.audience)
    .setIssuedAt();
  if (claims.exp !== null) jwt.setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 3600);
  return jwt.sign(key);
};

const refused = (reason: string | RegExp) =>
  expect.objectContaining({ name: 'InvalidTokenError', message: expect.stringMatching(reason) });

describe('HmacTokenVerifier', () => {
  it('answers a token it verified before with the same principal', async () => {
    const verifier = new HmacTokenVerifier(SECRET);
    const signed = await signToken(SECRET, { subject: 'u1', name: 'Ulla', role: 'admin' });
    const first = await verifier.verify(signed);
    expect(await verifier.verify(signed)).toEqual(first);
    expect(first).toEqual({ subject: 'u1', name: 'Ulla', role: 'admin' });
  });

  it('refuses a verified token once it has expired', async () => {
    let now = Date.now();
    const verifier = new HmacTokenVerifier(SECRET, undefined, () => now);
    const signed = await signToken(SECRET, { subject: 'u1', name: 'Ulla', role: 'admin', expiresIn: '1h' });
    await verifier.verify(signed);
    now += 2 * 60 * 60 * 1000;
    await expect(verifier.verify(signed)).rejects.toThrow(new InvalidTokenError('token expired'));
  });

  it('refuses a token signed with another secret', async () => {
    const verifier = new HmacTokenVerifier(SECRET);
    const signed = await signToken(`${SECRET}-other`, { subject: 'u1', name: 'Ulla', role: 'admin' });
    await expect(verifier.verify(signed)).rejects.toEqual(refused('invalid signature'));
  });

  it('refuses a token without exp', async () => {
    await expect(new HmacTokenVerifier(SECRET).verify(await token({ exp: null }))).rejects.toEqual(refused(/exp/));
  });

  it('refuses a token that lives longer than a service token may', async () => {
    const hundredYears = Math.floor(Date.now() / 1000) + 100 * 365 * 24 * 3600;
    await expect(new HmacTokenVerifier(SECRET).verify(await token({ exp: hundredYears }))).rejects.toEqual(
      refused('lives longer than 720 h'),
    );
  });

  it('refuses a token for another audience or from another issuer', async () => {
    const verifier = new HmacTokenVerifier(SECRET);
    await expect(verifier.verify(await token({ aud: 'another-api' }))).rejects.toEqual(refused('aud'));
    await expect(verifier.verify(await token({ iss: 'someone-else' }))).rejects.toEqual(refused('iss'));
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const unsigned = new UnsecuredJWT({ role: 'admin' })
      .setSubject('u1')
      .setIssuer(SERVICE_TOKENS.issuer)
      .setAudience(SERVICE_TOKENS.audience)
      .setExpirationTime('1h')
      .encode();
    await expect(new HmacTokenVerifier(SECRET).verify(unsigned)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a token whose role is not one of ours', async () => {
    await expect(new HmacTokenVerifier(SECRET).verify(await token({ role: 'root' }))).rejects.toEqual(refused('role'));
  });
});

describe('IssuerRoutedVerifier', () => {
  const service = new HmacTokenVerifier(SECRET);
  const demoSecret = `${SECRET}-demo`;
  const demo = new HmacTokenVerifier(demoSecret, DEMO_TOKENS);

  it('verifies each token with the verifier of its issuer', async () => {
    const verifier = new IssuerRoutedVerifier(
      new Map([
        [SERVICE_TOKENS.issuer, service],
        [DEMO_TOKENS.issuer, demo],
      ]),
    );
    const demoToken = await signToken(
      demoSecret,
      { subject: 'demo.admin', name: 'Adam', role: 'admin', expiresIn: '8h' },
      DEMO_TOKENS,
    );
    expect(await verifier.verify(demoToken)).toMatchObject({ subject: 'demo.admin' });
    expect(await verifier.verify(await token())).toMatchObject({ subject: 'u1' });
  });

  it('refuses a demo token when demo mode is off, and a demo token signed with the service secret', async () => {
    const withoutDemo = new IssuerRoutedVerifier(new Map([[SERVICE_TOKENS.issuer, service]]));
    const demoToken = await signToken(
      demoSecret,
      { subject: 'demo.admin', name: 'Adam', role: 'admin', expiresIn: '8h' },
      DEMO_TOKENS,
    );
    await expect(withoutDemo.verify(demoToken)).rejects.toEqual(refused('issuer not accepted'));
    const withDemo = new IssuerRoutedVerifier(new Map([[DEMO_TOKENS.issuer, demo]]));
    const forged = await signToken(
      SECRET,
      { subject: 'demo.admin', name: 'Adam', role: 'admin', expiresIn: '8h' },
      DEMO_TOKENS,
    );
    await expect(withDemo.verify(forged)).rejects.toEqual(refused('invalid signature'));
  });

  it('refuses what is not a JWT at all', async () => {
    await expect(new IssuerRoutedVerifier(new Map()).verify('not-a-token')).rejects.toEqual(refused('invalid token'));
  });
});
