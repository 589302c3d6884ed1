import { Inject } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import {
  consumableStockDecider,
  consumableStockStream,
  DomainError,
  type ConsumableStockCommand,
} from '@aidledger/domain';
import type { RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { todayInStockholm } from '../clock/clock.js';
import { ArticleCatalogue } from '../articles/article-catalogue.js';
import { AggregateCommands } from '../write/aggregate-commands.js';
import type { AdjustConsumablesDto, DeliverConsumablesDto, ReceiveConsumablesDto } from './consumable.dto.js';

abstract class StockMessage<Body> extends Command<CommandAnswer> {
  constructor(
    readonly articleNo: string,
    readonly body: Body,
    readonly context: RequestContext,
  ) {
    super();
  }
}
export class ReceiveConsumablesCommand extends StockMessage<ReceiveConsumablesDto> {}
export class DeliverConsumablesCommand extends StockMessage<DeliverConsumablesDto> {}
export class AdjustConsumablesCommand extends StockMessage<AdjustConsumablesDto> {}

/** Every stock command: the article must be a consumable, then the stock decider runs on its location's stream. */
abstract class StockCommandHandler<Message extends StockMessage<{ location: string }>> {
  constructor(
    @Inject(AggregateCommands) protected readonly aggregates: AggregateCommands,
    @Inject(ArticleCatalogue) private readonly articles: ArticleCatalogue,
  ) {}

  async execute(message: Message): Promise<CommandAnswer> {
    const { articleNo, body, context } = message;
    await this.articles.requireConsumable(articleNo);
    const command = await this.command(message);
    const result = await this.aggregates.loop.run(
      consumableStockStream(articleNo, body.location),
      consumableStockDecider,
      command,
      context,
    );
    return { id: `${articleNo}.${body.location}`, streamRevision: result.streamRevision, position: result.position };
  }

  protected abstract command(message: Message): ConsumableStockCommand | Promise<ConsumableStockCommand>;
}

@CommandHandler(ReceiveConsumablesCommand)
export class ReceiveConsumablesHandler extends StockCommandHandler<ReceiveConsumablesCommand> {
  protected command({ articleNo, body }: ReceiveConsumablesCommand): ConsumableStockCommand {
    return { type: 'ReceiveConsumables', data: { ...body, articleNo, today: todayInStockholm() } };
  }
}

@CommandHandler(DeliverConsumablesCommand)
export class DeliverConsumablesHandler extends StockCommandHandler<DeliverConsumablesCommand> {
  protected async command({ articleNo, body }: DeliverConsumablesCommand): Promise<ConsumableStockCommand> {
    const order = await this.aggregates.order(body.orderId);
    if (order.articleNo !== articleNo)
      throw new DomainError(
        'ORDER.OTHER_ARTICLE',
        `Order ${body.orderId} is for article ${order.articleNo}, not ${articleNo}`,
        'conflict',
      );
    return {
      type: 'DeliverConsumables',
      data: { ...body, articleNo, plannedDeliveryDate: order.plannedDeliveryDate, today: todayInStockholm() },
    };
  }
}

@CommandHandler(AdjustConsumablesCommand)
export class AdjustConsumablesHandler extends StockCommandHandler<AdjustConsumablesCommand> {
  protected command({ articleNo, body }: AdjustConsumablesCommand): ConsumableStockCommand {
    return { type: 'AdjustConsumables', data: { ...body, articleNo, today: todayInStockholm() } };
  }
}

export const CONSUMABLE_HANDLERS = [ReceiveConsumablesHandler, DeliverConsumablesHandler, AdjustConsumablesHandler];
