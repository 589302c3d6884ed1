import { Inject, Injectable } from '@nestjs/common';
import { CommandLoop } from '@aidledger/event-store';
import {
  assetDecider,
  assetStream,
  DomainError,
  orderDecider,
  orderStream,
  orderView,
  type AssetCommand,
  type AssetState,
  type OrderCommand,
  type OrderView,
} from '@aidledger/domain';
import type { RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';

/** The few lines every command handler shares: run a decider on a stream and answer where it landed. */
@Injectable()
export class AggregateCommands {
  constructor(@Inject(CommandLoop) readonly loop: CommandLoop) {}

  async onAsset(
    assetId: string,
    command: AssetCommand | ((state: AssetState) => AssetCommand),
    context: RequestContext,
  ): Promise<CommandAnswer> {
    const result = await this.loop.run(assetStream(assetId), assetDecider, command, context);
    return { id: assetId, streamRevision: result.streamRevision, position: result.position };
  }

  async onOrder(orderId: string, command: OrderCommand, context: RequestContext): Promise<CommandAnswer> {
    const result = await this.loop.run(orderStream(orderId), orderDecider, command, context);
    return { id: orderId, streamRevision: result.streamRevision, position: result.position };
  }

  /** The order as it stands now; an unknown order is 404. */
  async order(orderId: string): Promise<OrderView> {
    const { state } = await this.loop.load(orderStream(orderId), orderDecider);
    const view = orderView(state);
    if (!view) throw new DomainError('ORDER.NOT_FOUND', `Order ${orderId} is not placed`, 'not_found', { orderId });
    return view;
  }

  /** An order that still waits for its aid: placed, neither cancelled nor fulfilled. */
  async openOrder(orderId: string): Promise<OrderView> {
    const view = await this.order(orderId);
    if (view.status !== 'placed')
      throw new DomainError('ORDER.NOT_OPEN', `Order is ${view.status}; no aid can be allocated to it`, 'conflict', {
        status: view.status,
      });
    return view;
  }
}
