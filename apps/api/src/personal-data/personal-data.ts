import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomFillSync } from 'node:crypto';
import { PERSONAL_DATA_FIELDS } from '@aidledger/domain';
import type { EventCodec, JsonObject, JsonValue, RecordedEvent } from '@aidledger/event-store';
import type { KeyVault } from './key-vault.js';

/** What an encrypted value is stored as: `pd1.` and base64url of the 12-byte IV, the 16-byte tag and the text. */
const PREFIX = 'pd1.';
const PERSON_STREAM = 'person-';
const HMAC_SECRET = 'secret:personnummer-hmac';
const MAX_CACHED_KEYS = 50_000;

const personKeyName = (personId: string): string => `person:${personId}`;

/**
 * Random bytes from the CSPRNG drawn 48 KiB at a time, each byte handed out once: a call of `randomBytes` costs
 * microseconds however few bytes it returns, and a bulk import asks for an IV per field and a key per person.
 */
class RandomPool {
  private readonly pool = Buffer.alloc(48 * 1024);
  private offset = this.pool.length;

  take(size: number): Buffer {
    if (this.offset + size > this.pool.length) {
      randomFillSync(this.pool);
      this.offset = 0;
    }
    // A copy: the pool is refilled in place, and a key is kept.
    const bytes = Buffer.from(this.pool.subarray(this.offset, this.offset + size));
    this.offset += size;
    return bytes;
  }
}

const hmac = (secret: Buffer, text: string): string => createHmac('sha256', secret).update(text).digest('base64url');

export type BulkPersonalData = {
  lookupKey(normalizedPersonnummer: string): string;
  encode(personId: string, event: { type: string; data: JsonObject }): { type: string; data: JsonObject };
  saveKeys(): Promise<void>;
  /**
   * Takes the keys these persons already have in the vault, so a re-run after a crash (keys kept, events not yet
   * appended) encrypts with the kept key rather than a new one the vault would refuse.
   */
  loadKeys(personIds: readonly string[]): Promise<void>;
};

/** The value erased personal data reads as, everywhere. */
export const ERASED = null;

/**
 * Personal data encrypted at rest with a key per person (AES-256-GCM from node:crypto), keys kept in the key vault
 * apart from the event log. The ciphertext is bound to its person and field, so it cannot be moved to another.
 */
export class PersonalData {
  private readonly keys = new Map<string, Buffer>();
  private hmacSecret: Buffer | null = null;
  private readonly random = new RandomPool();

  constructor(private readonly vault: KeyVault) {}

  /** Encrypts and decrypts the personal fields of person streams (PERSONAL_DATA_FIELDS). */
  readonly codec: EventCodec = {
    appliesTo: (streamId) => streamId.startsWith(PERSON_STREAM),
    encode: async (streamId, events) => {
      const personId = streamId.slice(PERSON_STREAM.length);
      if (!events.some((event) => PERSONAL_DATA_FIELDS[event.type])) return events;
      const key = await this.key(personId, true);
      return events.map((event) => ({
        type: event.type,
        data: this.transform(event, (value, field) => this.encrypt(key!, personId, field, value)),
      }));
    },
    decode: async (streamId, events) => {
      const personId = streamId.slice(PERSON_STREAM.length);
      if (!events.some((event) => PERSONAL_DATA_FIELDS[event.type])) return events;
      // Once erased, nothing of the stream is decrypted, whatever key another instance may still hold.
      const erased = events.some((event) => event.type === 'PersonErased');
      const key = erased ? null : await this.key(personId, false);
      return events.map((event): RecordedEvent => ({
        ...event,
        data: this.transform(event, (value, field) => (key ? this.decrypt(key, personId, field, value) : ERASED)),
      }));
    },
  };

  /** Decrypts one stored value of a person (a read model keeps the ciphertext); erased data reads as null. */
  async reveal(personId: string, field: string, stored: string | null): Promise<JsonValue | null> {
    if (stored === null) return ERASED;
    const key = await this.key(personId, false);
    return key ? this.decrypt(key, personId, field, stored) : ERASED;
  }

  /** Crypto-shredding: the person's key is deleted, so every copy of their encrypted data is unreadable. */
  async erase(personId: string): Promise<void> {
    this.keys.delete(personId);
    await this.vault.delete(personKeyName(personId));
  }

  /** The claim stream's key: an HMAC of the normalised personnummer with a secret kept in the key vault. */
  async lookupKey(normalizedPersonnummer: string): Promise<string> {
    return hmac(await this.secret(), normalizedPersonnummer);
  }

  /**
   * For a bulk import that writes streams of new persons without the command loop: keys are made in memory and
   * must be saved (`saveKeys`) before the events they encrypt are appended.
   */
  async bulk(): Promise<BulkPersonalData> {
    const secret = await this.secret();
    const unsaved: [string, Buffer][] = [];
    const newKey = (personId: string): Buffer => {
      const key = this.random.take(32);
      this.keys.set(personId, key);
      unsaved.push([personKeyName(personId), key]);
      return key;
    };
    return {
      lookupKey: (normalized) => hmac(secret, normalized),
      encode: (personId, event) => {
        if (!PERSONAL_DATA_FIELDS[event.type]) return event;
        const personKey = this.keys.get(personId) ?? newKey(personId);
        return {
          type: event.type,
          data: this.transform(event, (value, field) => this.encrypt(personKey, personId, field, value)),
        };
      },
      saveKeys: async () => {
        await this.vault.keepAll(unsaved.splice(0));
      },
      loadKeys: async (personIds) => {
        for (const personId of personIds) {
          if (this.keys.has(personId)) continue;
          const key = await this.vault.get(personKeyName(personId));
          if (key) this.keys.set(personId, key);
        }
      },
    };
  }

  private async secret(): Promise<Buffer> {
    this.hmacSecret ??= await this.serverSecret(HMAC_SECRET);
    return this.hmacSecret;
  }

  /**
   * A server secret kept in the key vault under `name`, made on first use: every instance and every restart reads
   * the same one, and it never sits beside the data it keys.
   */
  serverSecret(name: `secret:${string}`): Promise<Buffer> {
    return this.vault.keep(name, randomBytes(32));
  }

  close(): Promise<void> {
    return this.vault.close();
  }

  private transform(
    event: { type: string; data: JsonObject },
    change: (value: JsonValue, field: string) => JsonValue | null,
  ): JsonObject {
    const fields = PERSONAL_DATA_FIELDS[event.type];
    if (!fields) return event.data;
    const data: JsonObject = { ...event.data };
    for (const field of fields) {
      const value = data[field];
      if (value !== undefined && value !== null) data[field] = change(value, field);
    }
    return data;
  }

  private async key(personId: string, create: boolean): Promise<Buffer | null> {
    const cached = this.keys.get(personId);
    if (cached) return cached;
    const name = personKeyName(personId);
    const key = create ? await this.vault.keep(name, randomBytes(32)) : await this.vault.get(name);
    if (key) {
      if (this.keys.size >= MAX_CACHED_KEYS) this.keys.clear();
      this.keys.set(personId, key);
    }
    return key;
  }

  private encrypt(key: Buffer, personId: string, field: string, value: JsonValue): string {
    const iv = this.random.take(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(`${personId}\u0000${field}`));
    const text = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), text]).toString('base64url');
  }

  /** A value written before encryption (an older store) is read as it is. */
  private decrypt(key: Buffer, personId: string, field: string, stored: JsonValue): JsonValue {
    if (typeof stored !== 'string' || !stored.startsWith(PREFIX)) return stored;
    const bytes = Buffer.from(stored.slice(PREFIX.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(`${personId}\u0000${field}`));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(text) as JsonValue;
  }
}
