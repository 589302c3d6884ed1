import { Inject, Injectable } from '@nestjs/common';
import { CommandLoop, type CommandContext } from '@aidledger/event-store';
import { DomainError, unitNumberCandidate, unitNumberClaimDecider, unitNumberClaimStream } from '@aidledger/domain';

/** Far more than ever needed: with a million aids, a candidate is taken one time in 148. */
const MAX_ATTEMPTS = 32;

/** Aids by unit number: the claim stream of a number leads to its aid, read from the store, not a read model. */
@Injectable()
export class UnitNumbers {
  constructor(@Inject(CommandLoop) private readonly loop: CommandLoop) {}

  /** The aid that claimed the number, or null. */
  async assetOf(unitNumber: string): Promise<string | null> {
    const { state } = await this.loop.load(unitNumberClaimStream(unitNumber), unitNumberClaimDecider);
    return state.status === 'claimed' ? state.assetId : null;
  }

  /**
   * Claims the aid's first candidate that no other aid holds. The candidates are derived from the asset id, so a
   * receipt retried after a crash between the claim and the receipt finds its own claim and keeps that number.
   */
  async claim(assetId: string, context: CommandContext): Promise<string> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const unitNumber = unitNumberCandidate(assetId, attempt);
      try {
        await this.loop.run(
          unitNumberClaimStream(unitNumber),
          unitNumberClaimDecider,
          { type: 'ClaimUnitNumber', data: { unitNumber, assetId } },
          context,
        );
        return unitNumber;
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'ASSET.UNIT_NUMBER_TAKEN')) throw error;
      }
    }
    throw new DomainError('ASSET.NO_UNIT_NUMBER_FREE', 'No free unit number was found for the aid', 'conflict');
  }
}
