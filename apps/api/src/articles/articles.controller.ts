import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { CommandContext, type RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { RegisterArticleDto } from './article.dto.js';
import { RegisterArticleCommand } from './article.handlers.js';

@ApiTags('articles')
@ApiBearerAuth()
@Controller('api/articles')
export class ArticlesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('warehouse', 'planner')
  @ApiOperation({ summary: 'Add an article to the assortment' })
  register(@Body() body: RegisterArticleDto, @CommandContext() context: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new RegisterArticleCommand(body, context));
  }
}
