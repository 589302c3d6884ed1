import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError, type OrderCommandInput } from '@aidledger/domain';
import type { RecordedEvent } from '@aidledger/event-store';
import type { WorkflowCommand } from '@aidledger/projections';
import { OnOrder } from '../command-bus/aggregate-commands.js';

/** The order command a workflow command asks for; the process manager sends no other. */
const toOrderCommand = (command: WorkflowCommand): OrderCommandInput => {
  if (command.type === 'FulfilOrder') {
    const { assetId, deliveredOn } = command.data as { assetId: string; deliveredOn: string };
    return { type: 'FulfilOrder', data: { assetId, deliveredOn } };
  }
  if (command.type === 'ReopenOrder') {
    const { assetId, reason } = command.data as { assetId: string; reason: string };
    return { type: 'ReopenOrder', data: { assetId, reason } };
  }
  throw new Error(`The projector cannot send ${command.type}`);
};

/** Sends the order-fulfilment process manager's commands through the CommandBus. */
@Injectable()
export class OrderFulfilmentWorkflow {
  private readonly logger = new Logger('Projector');

  constructor(private readonly commands: CommandBus) {}

  async dispatch(command: WorkflowCommand, cause: RecordedEvent): Promise<void> {
    const order = toOrderCommand(command);
    const { orderId } = command.data as { orderId: string };
    const context = {
      actor: 'process:order-fulfilment',
      correlationId: cause.metadata.correlationId,
      causationId: cause.id,
    };
    try {
      await this.commands.execute(new OnOrder(orderId, order, context));
    } catch (error) {
      // A refused command (the order was cancelled, or is unknown to imported history) is an answer, not
      // a failure: retrying cannot change it, and the workflow must not stall behind it.
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn({ msg: `${command.type} refused`, orderId, code: error.code });
    }
  }
}
