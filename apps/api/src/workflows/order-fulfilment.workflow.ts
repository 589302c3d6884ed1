import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@aidledger/domain';
import type { RecordedEvent } from '@aidledger/event-store';
import type { WorkflowCommand } from '@aidledger/projections';
import { OnOrder } from '../command-bus/aggregate-commands.js';

/** Sends the order-fulfilment process manager's commands through the CommandBus. */
@Injectable()
export class OrderFulfilmentWorkflow {
  private readonly logger = new Logger('Projector');

  constructor(private readonly commands: CommandBus) {}

  async dispatch(command: WorkflowCommand, cause: RecordedEvent): Promise<void> {
    if (command.type !== 'FulfilOrder') throw new Error(`The projector cannot send ${command.type}`);
    const { orderId, assetId, deliveredOn } = command.data as { orderId: string; assetId: string; deliveredOn: string };
    const context = {
      actor: 'process:order-fulfilment',
      correlationId: cause.metadata.correlationId,
      causationId: cause.id,
    };
    try {
      await this.commands.execute(
        new OnOrder(orderId, { type: 'FulfilOrder', data: { assetId, deliveredOn } }, context),
      );
    } catch (error) {
      // A refused FulfilOrder (the order was cancelled, or is unknown to imported history) is an answer, not
      // a failure: retrying cannot change it, and the workflow must not stall behind it.
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn({ msg: 'order not fulfilled', orderId, code: error.code });
    }
  }
}
