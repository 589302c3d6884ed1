import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { v4 as uuid } from 'uuid';
import { DomainError, personDecider, personnummerClaimDecider, personStream } from '@aidledger/domain';
import type { RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { todayInStockholm } from '../clock/clock.js';
import { AggregateCommands } from '../write/aggregate-commands.js';
import { PersonDirectory } from './person-directory.js';
import type { MovePersonDto, RegisterPersonDto } from './person.dto.js';

export class RegisterPersonCommand extends Command<CommandAnswer> {
  constructor(
    readonly body: RegisterPersonDto,
    readonly context: RequestContext,
    /** Chosen by an importer or generator that needs reproducible ids; HTTP callers leave it out. */
    readonly personId?: string,
  ) {
    super();
  }
}

export class MovePersonCommand extends Command<CommandAnswer> {
  constructor(
    readonly personId: string,
    readonly body: MovePersonDto,
    readonly context: RequestContext,
  ) {
    super();
  }
}

/**
 * Uniqueness without a lookup table: first claim the personnummer's own stream (expected
 * no stream, so of two concurrent registrations one wins), then register the person. A
 * claim whose registration never happened (a crash in between) is completed, not orphaned.
 */
@CommandHandler(RegisterPersonCommand)
export class RegisterPersonHandler implements ICommandHandler<RegisterPersonCommand> {
  constructor(
    @Inject(AggregateCommands) private readonly aggregates: AggregateCommands,
    @Inject(PersonDirectory) private readonly persons: PersonDirectory,
  ) {}

  async execute({ body, context, personId: chosenId }: RegisterPersonCommand): Promise<CommandAnswer> {
    const claimStream = this.persons.claimStream(body.personnummer);
    if (!claimStream) throw new DomainError('PERSON.INVALID_PERSONNUMMER', 'The personnummer is not valid', 'invalid');
    let personId = chosenId ?? uuid();
    try {
      await this.aggregates.loop.run(
        claimStream,
        personnummerClaimDecider,
        { type: 'ClaimPersonnummer', data: { personId } },
        { ...context, expectedRevision: undefined },
      );
    } catch (error) {
      const existingId =
        error instanceof DomainError && error.code === 'PERSON.ALREADY_REGISTERED'
          ? String(error.details.existingId)
          : null;
      if (existingId === null || (await this.persons.exists(existingId))) throw error;
      personId = existingId;
    }
    const result = await this.aggregates.loop.run(
      personStream(personId),
      personDecider,
      { type: 'RegisterPerson', data: { ...body, personId, today: todayInStockholm() } },
      { ...context, expectedRevision: undefined },
    );
    return { id: personId, streamRevision: result.streamRevision, position: result.position };
  }
}

@CommandHandler(MovePersonCommand)
export class MovePersonHandler implements ICommandHandler<MovePersonCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}

  async execute({ personId, body, context }: MovePersonCommand): Promise<CommandAnswer> {
    const data = { personId, toMunicipality: body.municipality, movedOn: body.movedOn, today: todayInStockholm() };
    const result = await this.aggregates.loop.run(
      personStream(personId),
      personDecider,
      { type: 'MovePerson', data },
      context,
    );
    return { id: personId, streamRevision: result.streamRevision, position: result.position };
  }
}

export const PERSON_HANDLERS = [RegisterPersonHandler, MovePersonHandler];
