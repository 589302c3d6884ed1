import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { v4 as uuid } from 'uuid';
import type { RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { todayInStockholm } from '../clock/clock.js';
import { AggregateCommands } from '../write/aggregate-commands.js';
import type { AssetCommand, AssetState } from '@aidledger/domain';
import { ArticleCatalogue } from '../articles/article-catalogue.js';
import type { AllocateOrderDto } from '../orders/order.dto.js';
import type {
  CompleteRepairDto,
  DeliverAidDto,
  DispatchAidDto,
  InspectAidDto,
  ReconditionAidDto,
  RecordDeliveryFailureDto,
  RegisterAssetDto,
  ReleaseAllocationDto,
  ReportRepairDto,
  ReturnAidDto,
  ScrapAidDto,
} from './asset.dto.js';

/** An asset command as it travels the CommandBus: which aid, what was asked, by whom. */
abstract class AssetMessage<Body> extends Command<CommandAnswer> {
  constructor(
    readonly assetId: string,
    readonly body: Body,
    readonly context: RequestContext,
  ) {
    super();
  }
}

export class RegisterAssetCommand extends Command<CommandAnswer> {
  constructor(
    readonly body: RegisterAssetDto,
    readonly context: RequestContext,
  ) {
    super();
  }
}
export class AllocateAssetCommand extends Command<CommandAnswer> {
  constructor(
    readonly orderId: string,
    readonly body: AllocateOrderDto,
    readonly context: RequestContext,
  ) {
    super();
  }
}
export class ReleaseAllocationCommand extends AssetMessage<ReleaseAllocationDto> {}
export class DispatchAidCommand extends AssetMessage<DispatchAidDto> {}
export class DeliverAidCommand extends AssetMessage<DeliverAidDto> {}
export class RecordDeliveryFailureCommand extends AssetMessage<RecordDeliveryFailureDto> {}
export class ReturnAidCommand extends AssetMessage<ReturnAidDto> {}
export class ReconditionAidCommand extends AssetMessage<ReconditionAidDto> {}
export class ReportRepairCommand extends AssetMessage<ReportRepairDto> {}
export class CompleteRepairCommand extends AssetMessage<CompleteRepairDto & { repairId: string }> {}
export class InspectAidCommand extends AssetMessage<InspectAidDto> {}
export class ScrapAidCommand extends AssetMessage<ScrapAidDto> {}

@CommandHandler(RegisterAssetCommand)
export class RegisterAssetHandler implements ICommandHandler<RegisterAssetCommand> {
  constructor(
    @Inject(AggregateCommands) private readonly aggregates: AggregateCommands,
    @Inject(ArticleCatalogue) private readonly articles: ArticleCatalogue,
  ) {}
  async execute({ body, context }: RegisterAssetCommand): Promise<CommandAnswer> {
    await this.articles.requireIndividual(body.articleNo);
    const assetId = body.assetId ?? uuid();
    return this.aggregates.onAsset(
      assetId,
      { type: 'RegisterAsset', data: { ...body, assetId, today: todayInStockholm() } },
      context,
    );
  }
}

@CommandHandler(AllocateAssetCommand)
export class AllocateAssetHandler implements ICommandHandler<AllocateAssetCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  async execute({ orderId, body, context }: AllocateAssetCommand): Promise<CommandAnswer> {
    const order = await this.aggregates.openOrder(orderId);
    const { assetId, allocatedOn } = body;
    const data = {
      assetId,
      orderId,
      allocatedOn,
      personId: order.personId,
      articleNo: order.articleNo,
      today: todayInStockholm(),
    };
    return this.aggregates.onAsset(assetId, { type: 'AllocateAsset', data }, context);
  }
}

/**
 * A command on one aid's stream: subclasses say which domain command a message becomes,
 * reading the order where the aid's events need its facts.
 */
abstract class AssetCommandHandler<Message extends AssetMessage<object>> {
  constructor(@Inject(AggregateCommands) protected readonly aggregates: AggregateCommands) {}

  async execute(message: Message): Promise<CommandAnswer> {
    const command = await this.command(message);
    return this.aggregates.onAsset(message.assetId, command, message.context);
  }

  protected abstract command(message: Message): AssetCommandInput | Promise<AssetCommandInput>;
}

type AssetCommandInput = AssetCommand | ((state: AssetState) => AssetCommand);

@CommandHandler(ReleaseAllocationCommand)
export class ReleaseAllocationHandler extends AssetCommandHandler<ReleaseAllocationCommand> {
  protected command({ assetId, body }: ReleaseAllocationCommand): AssetCommandInput {
    // The order released is the one the aid is allocated to now.
    return (state) => ({
      type: 'ReleaseAllocation',
      data: { ...body, assetId, orderId: 'orderId' in state ? state.orderId : '', today: todayInStockholm() },
    });
  }
}

@CommandHandler(DispatchAidCommand)
export class DispatchAidHandler extends AssetCommandHandler<DispatchAidCommand> {
  protected command({ assetId, body }: DispatchAidCommand): AssetCommand {
    return { type: 'DispatchAid', data: { ...body, assetId, today: todayInStockholm() } };
  }
}

@CommandHandler(DeliverAidCommand)
export class DeliverAidHandler extends AssetCommandHandler<DeliverAidCommand> {
  protected async command({ assetId, body }: DeliverAidCommand): Promise<AssetCommand> {
    const order = await this.aggregates.order(body.orderId);
    const { personId, plannedDeliveryDate, municipality } = order;
    return {
      type: 'DeliverAid',
      data: { ...body, assetId, personId, plannedDeliveryDate, municipality, today: todayInStockholm() },
    };
  }
}

@CommandHandler(RecordDeliveryFailureCommand)
export class RecordDeliveryFailureHandler extends AssetCommandHandler<RecordDeliveryFailureCommand> {
  protected async command({ assetId, body }: RecordDeliveryFailureCommand): Promise<AssetCommand> {
    const { plannedDeliveryDate, municipality } = await this.aggregates.order(body.orderId);
    return {
      type: 'RecordDeliveryFailure',
      data: { ...body, assetId, plannedDeliveryDate, municipality, today: todayInStockholm() },
    };
  }
}

@CommandHandler(ReturnAidCommand)
export class ReturnAidHandler extends AssetCommandHandler<ReturnAidCommand> {
  protected command({ assetId, body }: ReturnAidCommand): AssetCommand {
    return { type: 'ReturnAid', data: { ...body, assetId, today: todayInStockholm() } };
  }
}

@CommandHandler(ReconditionAidCommand)
export class ReconditionAidHandler extends AssetCommandHandler<ReconditionAidCommand> {
  protected command({ assetId, body }: ReconditionAidCommand): AssetCommand {
    return { type: 'ReconditionAid', data: { ...body, assetId, today: todayInStockholm() } };
  }
}

@CommandHandler(ReportRepairCommand)
export class ReportRepairHandler extends AssetCommandHandler<ReportRepairCommand> {
  /** The server chooses the repair's id when the client chose none; the answer names the repair. */
  override async execute({ assetId, body, context }: ReportRepairCommand): Promise<CommandAnswer> {
    const repairId = body.repairId ?? uuid();
    const answer = await super.execute(new ReportRepairCommand(assetId, { ...body, repairId }, context));
    return { ...answer, id: repairId };
  }
  protected command({ assetId, body }: ReportRepairCommand): AssetCommand {
    const { repairId = uuid(), reportedOn, description } = body;
    return { type: 'ReportRepair', data: { assetId, repairId, reportedOn, description, today: todayInStockholm() } };
  }
}

@CommandHandler(CompleteRepairCommand)
export class CompleteRepairHandler extends AssetCommandHandler<CompleteRepairCommand> {
  override async execute(message: CompleteRepairCommand): Promise<CommandAnswer> {
    return { ...(await super.execute(message)), id: message.body.repairId };
  }
  protected command({ assetId, body }: CompleteRepairCommand): AssetCommand {
    return { type: 'CompleteRepair', data: { ...body, assetId, today: todayInStockholm() } };
  }
}

@CommandHandler(InspectAidCommand)
export class InspectAidHandler extends AssetCommandHandler<InspectAidCommand> {
  protected command({ assetId, body }: InspectAidCommand): AssetCommand {
    return { type: 'InspectAid', data: { ...body, assetId, today: todayInStockholm() } };
  }
}

@CommandHandler(ScrapAidCommand)
export class ScrapAidHandler extends AssetCommandHandler<ScrapAidCommand> {
  protected command({ assetId, body }: ScrapAidCommand): AssetCommand {
    return { type: 'ScrapAid', data: { ...body, assetId, today: todayInStockholm() } };
  }
}

export const ASSET_HANDLERS = [
  RegisterAssetHandler,
  AllocateAssetHandler,
  ReleaseAllocationHandler,
  DispatchAidHandler,
  DeliverAidHandler,
  RecordDeliveryFailureHandler,
  ReturnAidHandler,
  ReconditionAidHandler,
  ReportRepairHandler,
  CompleteRepairHandler,
  InspectAidHandler,
  ScrapAidHandler,
];
