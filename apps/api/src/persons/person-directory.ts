import { Inject, Injectable } from '@nestjs/common';
import { CommandLoop } from '@aidledger/event-store';
import {
  parsePersonnummer,
  personDecider,
  personnummerClaimDecider,
  personnummerClaimStream,
  personStream,
  type PersonState,
} from '@aidledger/domain';
import { todayInStockholm } from '../clock/clock.js';
import { PersonalData } from '../personal-data/personal-data.js';

/** Persons by personnummer: the claim stream of a number, keyed by an HMAC of it, leads to its person. */
@Injectable()
export class PersonDirectory {
  constructor(
    @Inject(CommandLoop) private readonly loop: CommandLoop,
    @Inject(PersonalData) private readonly personalData: PersonalData,
  ) {}

  /** The person's state, decrypted while they are not erased. */
  async person(personId: string): Promise<PersonState> {
    return (await this.loop.load(personStream(personId), personDecider)).state;
  }

  /** The claim stream of a personnummer in any written form; null when it is not a valid one. */
  async claimStream(personnummer: string): Promise<string | null> {
    const parsed = parsePersonnummer(personnummer, todayInStockholm());
    return parsed ? personnummerClaimStream(await this.personalData.lookupKey(parsed.normalized)) : null;
  }

  /** The registered person with this number; an erased person is not found. */
  async lookup(personnummer: string): Promise<string | null> {
    const stream = await this.claimStream(personnummer);
    if (!stream) return null;
    const { state } = await this.loop.load(stream, personnummerClaimDecider);
    if (state.status !== 'claimed') return null;
    return (await this.person(state.personId)).status === 'registered' ? state.personId : null;
  }
}
