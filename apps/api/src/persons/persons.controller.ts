import { Body, Controller, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { CommandContext, type RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { PersonDirectory } from './person-directory.js';
import { LookupPersonDto, MovePersonDto, RegisterPersonDto } from './person.dto.js';
import { MovePersonCommand, RegisterPersonCommand } from './person.handlers.js';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('api/persons')
export class PersonsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Post()
  @Roles('planner')
  @ApiOperation({ summary: 'Register a person who uses aids (a personnummer registers once)' })
  register(@Body() body: RegisterPersonDto, @CommandContext() context: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new RegisterPersonCommand(body, context));
  }

  @Post('lookup')
  @HttpCode(200)
  @Roles('planner', 'warehouse', 'transport', 'auditor')
  @ApiOperation({ summary: 'Find a person by personnummer (POST keeps it out of URLs and logs)' })
  async lookup(@Body() body: LookupPersonDto): Promise<{ id: string }> {
    const id = await this.persons.lookup(body.personnummer);
    if (!id) throw new NotFoundException('No person is registered with this personnummer');
    return { id };
  }

  @Post(':id/move')
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({ summary: 'Record that a person moved to another municipality' })
  move(
    @Param('id', new ParseUUIDPipe({ version: undefined })) id: string,
    @Body() body: MovePersonDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new MovePersonCommand(id, body, context));
  }
}
