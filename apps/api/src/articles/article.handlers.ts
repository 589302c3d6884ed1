import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { articleDecider, articleStream } from '@aidledger/domain';
import type { RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { AggregateCommands } from '../write/aggregate-commands.js';
import type { RegisterArticleDto } from './article.dto.js';

export class RegisterArticleCommand extends Command<CommandAnswer> {
  constructor(
    readonly body: RegisterArticleDto,
    readonly context: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterArticleCommand)
export class RegisterArticleHandler implements ICommandHandler<RegisterArticleCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  async execute({ body, context }: RegisterArticleCommand): Promise<CommandAnswer> {
    const result = await this.aggregates.loop.run(
      articleStream(body.articleNo),
      articleDecider,
      { type: 'RegisterArticle', data: body },
      context,
    );
    return { id: body.articleNo, streamRevision: result.streamRevision, position: result.position };
  }
}
