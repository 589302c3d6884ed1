import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, personnummerClaimDecider } from '@aidledger/domain';
import { CommandLoop, type CommandContext } from '@aidledger/event-store';
import { AggregateRunner, OnPerson, PERSONS } from '../command-bus/aggregate-commands.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
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
  ) {}

  async execute(message: OnPerson): Promise<CommandAnswer> {
    const { command } = message;
    const context = { ...message.context, expectedRevision: undefined };
    if (command.type === 'RegisterPerson') {
      const personId = await this.claim(message.id, command.data.personnummer, context);
      return this.runner.run(PERSONS, new OnPerson(personId, command, context));
    }
    if (command.type === 'ErasePerson') return this.erase(message);
    return this.runner.run(PERSONS, message);
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
    const person = await this.persons.person(message.id);
    if (person.status === 'registered') {
      const claimStream = await this.persons.claimStream(person.personnummer);
      const release = { type: 'ReleasePersonnummer' as const, data: { personId: message.id } };
      if (claimStream) await this.loop.run(claimStream, personnummerClaimDecider, release, message.context);
    }
    const answer = await this.runner.run(PERSONS, message);
    await this.personalData.erase(message.id);
    return answer;
  }
}
