import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@aidledger/event-store';
import { findArticles } from '@aidledger/projections';
import { OnArticle } from '../command-bus/aggregate-commands.js';
import { FromRequest } from '../command-bus/command-context.decorator.js';
import { FIGURE_ROLES } from '../auth/roles.js';
import { CommandEndpoint, QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { ArticleListDto, RegisterArticleDto } from './article.dto.js';

@ApiTags('articles')
@ApiBearerAuth()
@Controller('api/articles')
export class ArticlesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @CommandEndpoint(undefined, {
    roles: ['warehouse', 'planner'],
    summary: 'Add an article to the assortment',
    creates: true,
  })
  register(@Body() data: RegisterArticleDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnArticle(data.articleNo, { type: 'RegisterArticle', data }, context));
  }

  @QueryEndpoint(undefined, { roles: FIGURE_ROLES, summary: 'The assortment', type: ArticleListDto })
  list() {
    return this.queries.execute(new Read(({ db }) => findArticles(db)));
  }
}
