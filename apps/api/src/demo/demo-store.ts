import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@aidledger/event-store';
import { resolveSecretFile } from '../auth/auth-secret.js';
import {
  DEMO_TOKENS,
  HmacTokenVerifier,
  InvalidTokenError,
  signToken,
  type TokenVerifier,
} from '../auth/token-verifier.js';
import type { Role } from '../auth/roles.js';
import { APP_CONFIG, type AppConfig } from '../config/app.config.js';

/** The stream whose event marks a store as created for the demo; it is written only into an empty store. */
export const DEMO_STREAM = 'aidledger-demo';

export type DemoToken = { role: Role; name: string; token: string };

/** One demo user per role, so the screens can be tried without an identity provider. */
export const DEMO_USERS: readonly { role: Role; name: string; payerId?: string }[] = [
  { role: 'warehouse', name: 'Lisa Lager' },
  { role: 'transport', name: 'Tomas Transport' },
  { role: 'planner', name: 'Fatima Förskrivare' },
  { role: 'auditor', name: 'Rut Revisor' },
  { role: 'viewer', name: 'Cecilia Chef' },
  { role: 'finance', name: 'Erik Ekonom' },
  /** The demo's municipal payers are `KUND-<code>` (region.ts): this one reads Köping's books. */
  { role: 'payer', name: 'Karin Kund (Köpings kommun)', payerId: 'KUND-KOPING' },
  { role: 'admin', name: 'Adam Admin' },
];

export class NotADemoStoreError extends Error {
  constructor() {
    super(
      'DEMO_DATA=on, but the store holds data and was not created as a demo store: ' +
        'start with DEMO_DATA=off, or point DATA_DIR at an empty folder for a demo',
    );
    this.name = 'NotADemoStoreError';
  }
}

/**
 * Demo mode, sealed: demo tokens exist only for a store created as a demo store, are signed with a key used
 * for nothing else (generated into DATA_DIR), and expire within hours. Refuses to start on a store with
 * other data, so demo tokens never open real data.
 */
@Injectable()
export class DemoStore implements OnModuleInit {
  /** The store was empty and has just been marked: the demo history is to be generated. */
  createdNow = false;
  private key = '';
  private tokens: HmacTokenVerifier | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onModuleInit(): Promise<void> {
    this.createdNow = await this.markOrCheck();
    this.key = resolveSecretFile(this.config.dataDir, 'demo-token-key');
    this.tokens = new HmacTokenVerifier(this.key, DEMO_TOKENS);
  }

  /** Verifies demo tokens once the store is known to be a demo store. */
  verifier(): TokenVerifier {
    return {
      verify: (token) =>
        this.tokens ? this.tokens.verify(token) : Promise.reject(new InvalidTokenError('demo mode is starting')),
    };
  }

  mintTokens(): Promise<DemoToken[]> {
    return Promise.all(
      DEMO_USERS.map(async ({ role, name, payerId }) => ({
        role,
        name,
        token: await signToken(
          this.key,
          { subject: `demo.${role}`, name, role, expiresIn: '8h', ...(payerId ? { payerId } : {}) },
          DEMO_TOKENS,
        ),
      })),
    );
  }

  private async markOrCheck(): Promise<boolean> {
    if ((await this.store.readStream(DEMO_STREAM, { maxCount: 1 })).length > 0) return false;
    if ((await this.store.headPosition()) >= 0n) throw new NotADemoStoreError();
    const marker = {
      id: randomUUID(),
      type: 'DemoStoreCreated',
      data: { note: 'Generated demo data: no real person is in this store' },
      metadata: {
        actor: 'demo',
        occurredAt: new Date().toISOString(),
        correlationId: randomUUID(),
        causationId: randomUUID(),
        schemaVersion: 1,
      },
    };
    try {
      await this.store.appendToStream(DEMO_STREAM, [marker], 'no_stream');
      return true;
    } catch (error) {
      // Another instance marked it at the same moment: it generates the history.
      if (error instanceof WrongExpectedRevisionError) return false;
      throw error;
    }
  }
}
