import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { v4 as uuid } from 'uuid';
import type { RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { todayInStockholm } from '../clock/clock.js';
import { AggregateCommands } from '../write/aggregate-commands.js';
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

@CommandHandler(ReleaseAllocationCommand)
export class ReleaseAllocationHandler implements ICommandHandler<ReleaseAllocationCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  async execute({ assetId, body, context }: ReleaseAllocationCommand): Promise<CommandAnswer> {
    return this.aggregates.onAsset(
      assetId,
      (state) => ({
        type: 'ReleaseAllocation',
        data: {
          assetId,
          orderId: 'orderId' in state ? state.orderId : '',
          reason: body.reason,
          today: todayInStockholm(),
        },
      }),
      context,
    );
  }
}

@CommandHandler(DispatchAidCommand)
export class DispatchAidHandler implements ICommandHandler<DispatchAidCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  execute({ assetId, body, context }: DispatchAidCommand): Promise<CommandAnswer> {
    return this.aggregates.onAsset(
      assetId,
      { type: 'DispatchAid', data: { ...body, assetId, today: todayInStockholm() } },
      context,
    );
  }
}

@CommandHandler(DeliverAidCommand)
export class DeliverAidHandler implements ICommandHandler<DeliverAidCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  async execute({ assetId, body, context }: DeliverAidCommand): Promise<CommandAnswer> {
    const order = await this.aggregates.order(body.orderId);
    const data = {
      assetId,
      orderId: body.orderId,
      personId: order.personId,
      plannedDeliveryDate: order.plannedDeliveryDate,
      municipality: order.municipality,
      deliveredOn: body.deliveredOn,
      today: todayInStockholm(),
    };
    return this.aggregates.onAsset(assetId, { type: 'DeliverAid', data }, context);
  }
}

@CommandHandler(RecordDeliveryFailureCommand)
export class RecordDeliveryFailureHandler implements ICommandHandler<RecordDeliveryFailureCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  async execute({ assetId, body, context }: RecordDeliveryFailureCommand): Promise<CommandAnswer> {
    const order = await this.aggregates.order(body.orderId);
    const data = {
      ...body,
      assetId,
      plannedDeliveryDate: order.plannedDeliveryDate,
      municipality: order.municipality,
      today: todayInStockholm(),
    };
    return this.aggregates.onAsset(assetId, { type: 'RecordDeliveryFailure', data }, context);
  }
}

@CommandHandler(ReturnAidCommand)
export class ReturnAidHandler implements ICommandHandler<ReturnAidCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  execute({ assetId, body, context }: ReturnAidCommand): Promise<CommandAnswer> {
    return this.aggregates.onAsset(
      assetId,
      { type: 'ReturnAid', data: { ...body, assetId, today: todayInStockholm() } },
      context,
    );
  }
}

@CommandHandler(ReconditionAidCommand)
export class ReconditionAidHandler implements ICommandHandler<ReconditionAidCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  execute({ assetId, body, context }: ReconditionAidCommand): Promise<CommandAnswer> {
    return this.aggregates.onAsset(
      assetId,
      { type: 'ReconditionAid', data: { ...body, assetId, today: todayInStockholm() } },
      context,
    );
  }
}

@CommandHandler(ReportRepairCommand)
export class ReportRepairHandler implements ICommandHandler<ReportRepairCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  async execute({ assetId, body, context }: ReportRepairCommand): Promise<CommandAnswer> {
    const repairId = body.repairId ?? uuid();
    const data = {
      assetId,
      repairId,
      reportedOn: body.reportedOn,
      description: body.description,
      today: todayInStockholm(),
    };
    const answer = await this.aggregates.onAsset(assetId, { type: 'ReportRepair', data }, context);
    return { ...answer, id: repairId };
  }
}

@CommandHandler(CompleteRepairCommand)
export class CompleteRepairHandler implements ICommandHandler<CompleteRepairCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  async execute({ assetId, body, context }: CompleteRepairCommand): Promise<CommandAnswer> {
    const answer = await this.aggregates.onAsset(
      assetId,
      { type: 'CompleteRepair', data: { ...body, assetId, today: todayInStockholm() } },
      context,
    );
    return { ...answer, id: body.repairId };
  }
}

@CommandHandler(InspectAidCommand)
export class InspectAidHandler implements ICommandHandler<InspectAidCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  execute({ assetId, body, context }: InspectAidCommand): Promise<CommandAnswer> {
    return this.aggregates.onAsset(
      assetId,
      { type: 'InspectAid', data: { ...body, assetId, today: todayInStockholm() } },
      context,
    );
  }
}

@CommandHandler(ScrapAidCommand)
export class ScrapAidHandler implements ICommandHandler<ScrapAidCommand> {
  constructor(@Inject(AggregateCommands) private readonly aggregates: AggregateCommands) {}
  execute({ assetId, body, context }: ScrapAidCommand): Promise<CommandAnswer> {
    return this.aggregates.onAsset(
      assetId,
      { type: 'ScrapAid', data: { ...body, assetId, today: todayInStockholm() } },
      context,
    );
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
