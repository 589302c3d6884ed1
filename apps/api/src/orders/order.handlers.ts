import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { v4 as uuid } from 'uuid';
import type { RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { todayInStockholm } from '../clock/clock.js';
import { ArticleCatalogue } from '../articles/article-catalogue.js';
import { PersonDirectory } from '../persons/person-directory.js';
import { AggregateCommands } from '../write/aggregate-commands.js';
import type { CancelOrderDto, PlaceOrderDto, RescheduleOrderDto } from './order.dto.js';

abstract class OrderMessage<Body> extends Command<CommandAnswer> {
  constructor(
    readonly orderId: string,
    readonly body: Body,
    readonly context: RequestContext,
  ) {
    super();
  }
}

export class PlaceOrderCommand extends Command<CommandAnswer> {
  constructor(
    readonly body: PlaceOrderDto,
    readonly context: RequestContext,
  ) {
    super();
  }
}
export class RescheduleOrderCommand extends OrderMessage<RescheduleOrderDto> {}
export class CancelOrderCommand extends OrderMessage<CancelOrderDto> {}
/** Sent by the process manager when the order's aid is delivered. */
export class FulfilOrderCommand extends OrderMessage<{ assetId: string; deliveredOn: string }> {}

@CommandHandler(PlaceOrderCommand)
export class PlaceOrderHandler implements ICommandHandler<PlaceOrderCommand> {
  constructor(
    @Inject(AggregateCommands) private readonly aggregates: AggregateCommands,
    @Inject(ArticleCatalogue) private readonly articles: ArticleCatalogue,
    @Inject(PersonDirectory) private readonly persons: PersonDirectory,
  ) {}
  async execute({ body, context }: PlaceOrderCommand): Promise<CommandAnswer> {
    await Promise.all([this.persons.require(body.personId), this.articles.require(body.articleNo)]);
    const orderId = body.orderId ?? uuid();
    return this.aggregates.onOrder(
      orderId,
      { type: 'PlaceOrder', data: { ...body, orderId, today: todayInStockholm() } },
      context,
    );
  }
}

@CommandHandler(RescheduleOrderCommand)
export class RescheduleOrderHandler implements ICommandHandler<RescheduleOrderCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  execute({ orderId, body, context }: RescheduleOrderCommand): Promise<CommandAnswer> {
    return this.aggregates.onOrder(
      orderId,
      { type: 'RescheduleOrder', data: { ...body, orderId, today: todayInStockholm() } },
      context,
    );
  }
}

@CommandHandler(CancelOrderCommand)
export class CancelOrderHandler implements ICommandHandler<CancelOrderCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  execute({ orderId, body, context }: CancelOrderCommand): Promise<CommandAnswer> {
    return this.aggregates.onOrder(
      orderId,
      { type: 'CancelOrder', data: { ...body, orderId, today: todayInStockholm() } },
      context,
    );
  }
}

@CommandHandler(FulfilOrderCommand)
export class FulfilOrderHandler implements ICommandHandler<FulfilOrderCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  execute({ orderId, body, context }: FulfilOrderCommand): Promise<CommandAnswer> {
    return this.aggregates.onOrder(
      orderId,
      { type: 'FulfilOrder', data: { ...body, orderId, today: todayInStockholm() } },
      context,
    );
  }
}

export const ORDER_HANDLERS = [PlaceOrderHandler, RescheduleOrderHandler, CancelOrderHandler, FulfilOrderHandler];
