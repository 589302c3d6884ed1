import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  DomainError,
  personDecider,
  personnummerClaimDecider,
  personStream,
  type RegisterPerson,
} from '@aidledger/domain';
import { CommandLoop, IdempotencyKeyReusedError, idempotentEventId, type CommandContext } from '@aidledger/event-store';
import { todayInStockholm } from '../clock/clock.js';
import { AggregateRunner, OnPerson, PERSONS } from '../command-bus/aggregate-commands.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { PersonDirectory } from './person-directory.js';

/**
 * Person commands. Registration is unique without a lookup table: first claim the personnummer's own stream
 * (expected no stream, so of two concurrent registrations one wins), then register the person. A claim whose
 * registration never happened (a crash in between) is completed, not orphaned.
 */
@CommandHandler(OnPerson)
export class PersonCommandHandler implements ICommandHandler<OnPerson> {
  constructor(
    @Inject(AggregateRunner) private readonly runner: AggregateRunner,
    @Inject(CommandLoop) private readonly loop: CommandLoop,
    @Inject(PersonDirectory) private readonly persons: PersonDirectory,
  ) {}

  async execute(message: OnPerson): Promise<CommandAnswer> {
    if (message.command.type !== 'RegisterPerson') return this.runner.run(PERSONS, message);
    const context = { ...message.context, expectedRevision: undefined };
    await this.refuseBeforeClaiming(message.id, message.command.data, context);
    const personId = await this.claim(message.id, message.command.data.personnummer, context);
    return this.runner.run(PERSONS, new OnPerson(personId, message.command, context));
  }

  /**
   * A registration that will be refused is refused before its claim: a claim left behind would point the
   * personnummer at a person never registered or, with a reused Idempotency-Key, at another person.
   */
  private async refuseBeforeClaiming(
    personId: string,
    data: Omit<RegisterPerson['data'], 'personId' | 'today'>,
    context: CommandContext,
  ): Promise<void> {
    const streamId = personStream(personId);
    const { state, events } = await this.loop.load(streamId, personDecider);
    const { idempotency } = context;
    const earlier = idempotency && events.find((event) => event.id === idempotentEventId(idempotency.key, streamId, 0));
    if (earlier && earlier.metadata.idempotencyFingerprint !== idempotency.fingerprint)
      throw new IdempotencyKeyReusedError(streamId);
    // A retry answers as the first time did; anything else meets the rules before anything is claimed.
    if (!earlier)
      personDecider.decide({ type: 'RegisterPerson', data: { ...data, personId, today: todayInStockholm() } }, state);
  }

  /** The id the personnummer is claimed for: this one, or that of a claim whose registration never happened. */
  private async claim(personId: string, personnummer: string, context: CommandContext): Promise<string> {
    const claimStream = this.persons.claimStream(personnummer);
    if (!claimStream) throw new DomainError('PERSON.INVALID_PERSONNUMMER', 'The personnummer is not valid', 'invalid');
    try {
      await this.loop.run(
        claimStream,
        personnummerClaimDecider,
        { type: 'ClaimPersonnummer', data: { personId } },
        context,
      );
      return personId;
    } catch (error) {
      const existingId =
        error instanceof DomainError && error.code === 'PERSON.ALREADY_REGISTERED'
          ? String(error.details.existingId)
          : null;
      if (existingId === null || (await this.persons.exists(existingId))) throw error;
      return existingId;
    }
  }
}
