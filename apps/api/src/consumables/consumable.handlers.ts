import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
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

/** Runs a stock command on the stream of one article at one location. */
@CommandHandler(ReceiveConsumablesCommand)
export class ReceiveConsumablesHandler implements ICommandHandler<ReceiveConsumablesCommand> {
  constructor(
    @Inject(AggregateCommands) private readonly aggregates: AggregateCommands,
    @Inject(ArticleCatalogue) private readonly articles: ArticleCatalogue,
  ) {}
  async execute({ articleNo, body, context }: ReceiveConsumablesCommand): Promise<CommandAnswer> {
    await this.articles.requireConsumable(articleNo);
    return runOnStock(
      this.aggregates,
      articleNo,
      body.location,
      { type: 'ReceiveConsumables', data: { ...body, articleNo, today: todayInStockholm() } },
      context,
    );
  }
}

@CommandHandler(DeliverConsumablesCommand)
export class DeliverConsumablesHandler implements ICommandHandler<DeliverConsumablesCommand> {
  constructor(
    @Inject(AggregateCommands) private readonly aggregates: AggregateCommands,
    @Inject(ArticleCatalogue) private readonly articles: ArticleCatalogue,
  ) {}
  async execute({ articleNo, body, context }: DeliverConsumablesCommand): Promise<CommandAnswer> {
    await this.articles.requireConsumable(articleNo);
    const order = await this.aggregates.order(body.orderId);
    if (order.articleNo !== articleNo)
      throw new DomainError(
        'ORDER.OTHER_ARTICLE',
        `Order ${body.orderId} is for article ${order.articleNo}, not ${articleNo}`,
        'conflict',
      );
    const data = { ...body, articleNo, plannedDeliveryDate: order.plannedDeliveryDate, today: todayInStockholm() };
    return runOnStock(this.aggregates, articleNo, body.location, { type: 'DeliverConsumables', data }, context);
  }
}

@CommandHandler(AdjustConsumablesCommand)
export class AdjustConsumablesHandler implements ICommandHandler<AdjustConsumablesCommand> {
  constructor(
    @Inject(AggregateCommands) private readonly aggregates: AggregateCommands,
    @Inject(ArticleCatalogue) private readonly articles: ArticleCatalogue,
  ) {}
  async execute({ articleNo, body, context }: AdjustConsumablesCommand): Promise<CommandAnswer> {
    await this.articles.requireConsumable(articleNo);
    return runOnStock(
      this.aggregates,
      articleNo,
      body.location,
      { type: 'AdjustConsumables', data: { ...body, articleNo, today: todayInStockholm() } },
      context,
    );
  }
}

const runOnStock = async (
  aggregates: AggregateCommands,
  articleNo: string,
  location: string,
  command: ConsumableStockCommand,
  context: RequestContext,
): Promise<CommandAnswer> => {
  const stream = consumableStockStream(articleNo, location);
  const result = await aggregates.loop.run(stream, consumableStockDecider, command, context);
  return { id: `${articleNo}.${location}`, streamRevision: result.streamRevision, position: result.position };
};

export const CONSUMABLE_HANDLERS = [ReceiveConsumablesHandler, DeliverConsumablesHandler, AdjustConsumablesHandler];
