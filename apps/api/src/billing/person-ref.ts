import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PersonalData } from '../personal-data/personal-data.js';

const PERSON_REF_SECRET = 'secret:person-ref';
/** RFC 4648 base32: letters and 2–7, nothing a reader confuses with a personnummer. */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const REF_SYMBOLS = 10;

/** `P-` and the first 50 bits of HMAC-SHA256(secret, personId) in base32. */
export const personRef = (secret: Buffer, personId: string): string => {
  const digest = createHmac('sha256', secret).update(personId).digest();
  let bits = digest.readBigUInt64BE(0) >> BigInt(64 - 5 * REF_SYMBOLS);
  const symbols: string[] = [];
  for (let i = 0; i < REF_SYMBOLS; i++) {
    symbols.unshift(BASE32[Number(bits & 31n)]);
    bits >>= 5n;
  }
  return `P-${symbols.join('')}`;
};

/**
 * The pseudonymous reference a payer sees for a person: stable, the same on every instance, and not traceable to
 * the person's id without the server's secret, which the key vault keeps under `secret:person-ref`.
 */
@Injectable()
export class PersonRefs {
  private secret: Promise<Buffer> | null = null;

  constructor(@Inject(PersonalData) private readonly personalData: PersonalData) {}

  /** The naming function, once the secret is read: a page of lines is named without a vault read per line. */
  async naming(): Promise<(personId: string) => string> {
    this.secret ??= this.personalData.serverSecret(PERSON_REF_SECRET).catch((error: unknown) => {
      this.secret = null;
      throw error;
    });
    const secret = await this.secret;
    return (personId) => personRef(secret, personId);
  }
}
