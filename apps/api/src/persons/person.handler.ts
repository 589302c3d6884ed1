import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, personnummerClaimDecider } from '@aidledger/domain';
import { CommandLoop, type CommandContext } from '@aidledger/event-store';
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
    const personId = await this.claim(message.id, message.command.data.personnummer, context);
    return this.runner.run(PERSONS, new OnPerson(personId, message.command, context));
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
