import { Body, Controller } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@aidledger/domain';
import type { CommandContext } from '@aidledger/event-store';
import { findPersonAids } from '@aidledger/projections';
import { OnPerson } from '../command-bus/aggregate-commands.js';
import { createdId, FromRequest } from '../command-bus/command-context.decorator.js';
import { CommandEndpoint, QueryEndpoint, UuidParam } from '../http/endpoints.js';
import { LOOKUP_RATE_LIMIT } from '../http/hardening.js';
import { Read } from '../read-models/read.query.js';
import { PersonDirectory } from './person-directory.js';
import { LookupPersonDto, MovePersonDto, PersonAidsDto, PersonIdDto, RegisterPersonDto } from './person.dto.js';

const personNotFound = (personId: string) =>
  new DomainError('PERSON.NOT_FOUND', `Person ${personId} is not registered`, 'not_found', { personId });

@ApiTags('persons')
@ApiBearerAuth()
@Controller('api/persons')
export class PersonsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @CommandEndpoint(undefined, {
    roles: ['planner'],
    summary: 'Register a person who uses aids (a personnummer registers once)',
    creates: true,
  })
  register(@Body() data: RegisterPersonDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnPerson(createdId(context), { type: 'RegisterPerson', data }, context));
  }

  @QueryEndpoint('lookup', {
    roles: ['planner', 'warehouse', 'transport', 'auditor'],
    summary: 'Find a person by personnummer (POST keeps it out of URLs and logs)',
    type: PersonIdDto,
    notFound: true,
    post: true,
  })
  @RouteConfig({ rateLimit: LOOKUP_RATE_LIMIT })
  async lookup(@Body() body: LookupPersonDto): Promise<{ id: string }> {
    const id = await this.persons.lookup(body.personnummer);
    if (!id) throw new DomainError('PERSON.NOT_FOUND', 'No person is registered with this personnummer', 'not_found');
    return { id };
  }

  @CommandEndpoint(':id/move', { roles: ['planner'], summary: 'Record that a person moved to another municipality' })
  move(@UuidParam() id: string, @Body() body: MovePersonDto, @FromRequest() context: CommandContext) {
    const data = { toMunicipality: body.municipality, movedOn: body.movedOn };
    return this.commands.execute(new OnPerson(id, { type: 'MovePerson', data }, context));
  }

  @QueryEndpoint(':id/aids', {
    summary: 'The aids a person holds now and every aid they held',
    type: PersonAidsDto,
    notFound: true,
  })
  async aids(@UuidParam() id: string) {
    const aids = await this.queries.execute(new Read(({ db }) => findPersonAids(db, id)));
    if (!aids) throw personNotFound(id);
    return aids;
  }
}
