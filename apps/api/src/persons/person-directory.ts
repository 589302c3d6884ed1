import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CommandLoop } from '@aidledger/event-store';
import {
  parsePersonnummer,
  personDecider,
  personnummerClaimDecider,
  personnummerClaimStream,
  personStream,
  personView,
} from '@aidledger/domain';
import { todayInStockholm } from '../clock/clock.js';

/** The claim stream's key: a hash of the normalised number, so no stream name carries personal data. */
export const personnummerKey = (normalized: string): string =>
  createHash('sha256').update(`aidledger:personnummer:${normalized}`).digest('hex').slice(0, 40);

@Injectable()
export class PersonDirectory {
  constructor(@Inject(CommandLoop) private readonly loop: CommandLoop) {}

  async exists(personId: string): Promise<boolean> {
    const { state } = await this.loop.load(personStream(personId), personDecider);
    return personView(state) !== null;
  }

  /** The claim stream of a personnummer in any written form; null when it is not a valid one. */
  claimStream(personnummer: string): string | null {
    const parsed = parsePersonnummer(personnummer, todayInStockholm());
    return parsed ? personnummerClaimStream(personnummerKey(parsed.normalized)) : null;
  }

  async lookup(personnummer: string): Promise<string | null> {
    const stream = this.claimStream(personnummer);
    if (!stream) return null;
    const { state } = await this.loop.load(stream, personnummerClaimDecider);
    return state.status === 'claimed' ? state.personId : null;
  }
}
