import { Body, Controller } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@aidledger/domain';
import type { CommandContext } from '@aidledger/event-store';
import { findPersonAids } from '@aidledger/projections';
import { OnPerson } from '../command-bus/aggregate-commands.js';
import { createdId, FromRequest } from '../command-bus/command-context.decorator.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { PERSON_ROLES, type Principal } from '../auth/roles.js';
import { CommandEndpoint, QueryEndpoint, UuidParam } from '../http/endpoints.js';
import { LOOKUP_RATE_LIMIT } from '../http/hardening.js';
import { Read } from '../read-models/read.query.js';
import { PersonDirectory } from './person-directory.js';
import {
  ChangeHousingDto,
  ContactDto,
  ErasePersonDto,
  LookupPersonDto,
  MovePersonDto,
  PersonAidsDto,
  PersonDetailsDto,
  PersonIdDto,
  RegisterPersonDto,
} from './person.dto.js';
import { personNotFound, readPersonDetails } from './person.reads.js';
import { PersonOrdersDto } from './person-orders.dto.js';
import { readPersonOrders } from './person-orders.reads.js';
import { LogsPersonReads } from '../access-log/logs-person-reads.js';

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
    roles: PERSON_ROLES,
    summary: 'Find a person by personnummer (POST keeps it out of URLs and logs)',
    type: PersonIdDto,
    notFound: true,
    post: true,
  })
  @LogsPersonReads('person.lookup', (answer: { id: string }) => [answer.id])
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

  @CommandEndpoint(':id/contact', {
    roles: ['planner'],
    summary: "Replace a person's contact details (name, address, phone, delivery notes, protected identity)",
    put: true,
  })
  changeContact(@UuidParam() id: string, @Body() data: ContactDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnPerson(id, { type: 'ChangeContactDetails', data }, context));
  }

  @CommandEndpoint(':id/housing', {
    roles: ['planner'],
    summary: 'Record a change of housing (ordinary, särskilt boende, LSS) on the day it happened',
  })
  changeHousing(@UuidParam() id: string, @Body() data: ChangeHousingDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnPerson(id, { type: 'ChangeHousing', data }, context));
  }

  @CommandEndpoint(':id/erase', {
    roles: [],
    summary: "Erase a person's personal data by deleting their key (crypto-shredding)",
    description: 'Sex, birth year and municipality stay for the statistics; every hash chain still verifies.',
  })
  erase(@UuidParam() id: string, @Body() data: ErasePersonDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnPerson(id, { type: 'ErasePerson', data }, context));
  }

  @QueryEndpoint(':id', {
    roles: [...PERSON_ROLES, 'transport'],
    summary: 'The person with contact details (transport staff: only persons on their routes this week)',
    type: PersonDetailsDto,
    notFound: true,
  })
  @LogsPersonReads('person.details', (answer: { personId: string }) => [answer.personId])
  details(@UuidParam() id: string, @CurrentPrincipal() principal: Principal) {
    return this.queries.execute(new Read(({ db }) => readPersonDetails(this.persons, db, principal, id)));
  }

  @QueryEndpoint(':id/aids', {
    roles: PERSON_ROLES,
    summary: 'The aids a person holds now and every aid they held',
    type: PersonAidsDto,
    notFound: true,
  })
  @LogsPersonReads('person.aids.read', (answer: { personId: string }) => [answer.personId])
  async aids(@UuidParam() id: string) {
    const aids = await this.queries.execute(new Read(({ db }) => findPersonAids(db, id)));
    if (!aids) throw personNotFound(id);
    return aids;
  }

  @QueryEndpoint(':id/orders', {
    roles: PERSON_ROLES,
    summary: "A person's orders and where each stands, with the pickup requests (hämtorder) of their aids",
    type: PersonOrdersDto,
    notFound: true,
  })
  @LogsPersonReads('person.orders.read', (answer: { personId: string }) => [answer.personId])
  orders(@UuidParam() id: string) {
    return this.queries.execute(new Read(({ db }) => readPersonOrders(this.persons, db, id)));
  }
}
