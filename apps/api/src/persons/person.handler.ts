import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  DomainError,
  personDecider,
  personnummerClaimDecider,
  personStream,
  type PersonCommand,
  type PersonState,
} from '@aidledger/domain';
import {
  CommandLoop,
  IdempotencyKeyReusedError,
  idempotentEventId,
  StaleRevisionError,
  type CommandContext,
} from '@aidledger/event-store';
import { todayInStockholm } from '../clock/clock.js';
import { AggregateRunner, OnPerson, PERSONS } from '../command-bus/aggregate-commands.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { countedCommand } from '../command-bus/counted-command.js';
import { AppMetrics } from '../observability/app-metrics.js';
import { PersonalData } from '../personal-data/personal-data.js';
import { PersonDirectory } from './person-directory.js';

/**
 * Person commands. Registration is unique without a lookup table: first claim the personnummer's own stream
 * (expected no stream, so of two concurrent registrations one wins), then register the person; a claim whose
 * registration never happened (a crash in between) is completed, not orphaned. Erasure releases the number,
 * records the erasure and deletes the person's key; each step may be repeated, so a crash in between is
 * completed by sending the erasure again.
 */
@CommandHandler(OnPerson)
export class PersonCommandHandler implements ICommandHandler<OnPerson> {
  constructor(
    @Inject(AggregateRunner) private readonly runner: AggregateRunner,
    @Inject(CommandLoop) private readonly loop: CommandLoop,
    @Inject(PersonDirectory) private readonly persons: PersonDirectory,
    @Inject(PersonalData) private readonly personalData: PersonalData,
    @Inject(AppMetrics) private readonly metrics: AppMetrics,
  ) {}

  execute(message: OnPerson): Promise<CommandAnswer> {
    return countedCommand(this.metrics, message.command.type, () => this.run(message));
  }

  private async run(message: OnPerson): Promise<CommandAnswer> {
    const { command } = message;
    const context = { ...message.context, expectedRevision: undefined };
    if (command.type === 'RegisterPerson') {
      await this.refuseBeforehand(message.id, command, context);
      const personId = await this.claim(message.id, command.data.personnummer, context);
      return this.runner.run(PERSONS, new OnPerson(personId, command, context));
    }
    if (command.type === 'ErasePerson') return this.erase(message);
    return this.runner.run(PERSONS, message);
  }

  /**
   * Registration and erasure touch the personnummer's claim stream before the person's own, so a command that
   * will be refused is refused before that: a claim left behind would point the number at a person never
   * registered (or, with a reused Idempotency-Key, at another person), a release would free a number in vain.
   * Answers whether the command was sent before with this key (a retry, which answers as the first time).
   */
  private async refuseBeforehand(
    personId: string,
    command: OnPerson['command'],
    context: CommandContext,
  ): Promise<{ retry: boolean; state: PersonState }> {
    const streamId = personStream(personId);
    const { state, events, revision } = await this.loop.load(streamId, personDecider);
    const { idempotency, expectedRevision } = context;
    const earlier = idempotency && events.find((event) => event.id === idempotentEventId(idempotency.key, streamId, 0));
    if (earlier && earlier.metadata.idempotencyFingerprint !== idempotency.fingerprint)
      throw new IdempotencyKeyReusedError(streamId);
    // If-Match names the person's revision: a stale one is refused before the claim stream is touched.
    if (!earlier && expectedRevision !== undefined && expectedRevision !== revision)
      throw new StaleRevisionError(streamId, expectedRevision, revision);
    if (!earlier)
      personDecider.decide(
        { ...command, data: { ...command.data, personId, today: todayInStockholm() } } as PersonCommand,
        state,
      );
    return { retry: earlier !== undefined, state };
  }

  /** The id the personnummer is claimed for: this one, or that of a claim whose registration never happened. */
  private async claim(personId: string, personnummer: string, context: CommandContext): Promise<string> {
    const claimStream = await this.persons.claimStream(personnummer);
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
      if (existingId === null || (await this.persons.person(existingId)).status !== 'initial') throw error;
      return existingId;
    }
  }

  private async erase(message: OnPerson): Promise<CommandAnswer> {
    const { retry, state } = await this.refuseBeforehand(message.id, message.command, message.context);
    if (!retry && state.status === 'registered') {
      const claimStream = await this.persons.claimStream(state.personnummer);
      const release = { type: 'ReleasePersonnummer' as const, data: { personId: message.id } };
      // If-Match is about the person's stream, never the claim's.
      const claimContext = { ...message.context, expectedRevision: undefined };
      if (claimStream) await this.loop.run(claimStream, personnummerClaimDecider, release, claimContext);
    }
    const answer = await this.runner.run(PERSONS, message);
    await this.personalData.erase(message.id);
    return answer;
  }
}
