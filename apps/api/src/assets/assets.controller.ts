import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { CommandContext, type RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import {
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
import {
  CompleteRepairCommand,
  DeliverAidCommand,
  DispatchAidCommand,
  InspectAidCommand,
  ReconditionAidCommand,
  RecordDeliveryFailureCommand,
  RegisterAssetCommand,
  ReleaseAllocationCommand,
  ReportRepairCommand,
  ReturnAidCommand,
  ScrapAidCommand,
} from './asset.handlers.js';

const AssetId = () => Param('id', new ParseUUIDPipe({ version: undefined }));

@ApiTags('assets')
@ApiBearerAuth()
@Controller('api/assets')
export class AssetsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('warehouse')
  @ApiOperation({ summary: 'Receive a new aid into stock' })
  register(@Body() body: RegisterAssetDto, @CommandContext() context: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new RegisterAssetCommand(body, context));
  }

  @Post(':id/release')
  @HttpCode(200)
  @Roles('warehouse')
  @ApiOperation({ summary: 'Release an allocated aid from its order' })
  release(
    @AssetId() id: string,
    @Body() body: ReleaseAllocationDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new ReleaseAllocationCommand(id, body, context));
  }

  @Post(':id/dispatch')
  @HttpCode(200)
  @Roles('transport')
  @ApiOperation({ summary: 'Load an allocated aid on a route' })
  dispatch(
    @AssetId() id: string,
    @Body() body: DispatchAidDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new DispatchAidCommand(id, body, context));
  }

  @Post(':id/deliver')
  @HttpCode(200)
  @Roles('transport')
  @ApiOperation({ summary: 'Record a delivery to the person of the order' })
  deliver(
    @AssetId() id: string,
    @Body() body: DeliverAidDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new DeliverAidCommand(id, body, context));
  }

  @Post(':id/delivery-failed')
  @HttpCode(200)
  @Roles('transport')
  @ApiOperation({ summary: 'Record a failed delivery attempt' })
  deliveryFailed(
    @AssetId() id: string,
    @Body() body: RecordDeliveryFailureDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new RecordDeliveryFailureCommand(id, body, context));
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('transport', 'warehouse')
  @ApiOperation({ summary: 'Record that an aid came back' })
  return(
    @AssetId() id: string,
    @Body() body: ReturnAidDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new ReturnAidCommand(id, body, context));
  }

  @Post(':id/recondition')
  @HttpCode(200)
  @Roles('warehouse')
  @ApiOperation({ summary: 'Record that a returned aid is ready again' })
  recondition(
    @AssetId() id: string,
    @Body() body: ReconditionAidDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new ReconditionAidCommand(id, body, context));
  }

  @Post(':id/repairs')
  @Roles('warehouse')
  @ApiOperation({ summary: 'Report a repair or service need' })
  reportRepair(
    @AssetId() id: string,
    @Body() body: ReportRepairDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new ReportRepairCommand(id, body, context));
  }

  @Post(':id/repairs/:repairId/complete')
  @HttpCode(200)
  @Roles('warehouse')
  @ApiOperation({ summary: 'Complete a reported repair' })
  completeRepair(
    @AssetId() id: string,
    @Param('repairId', new ParseUUIDPipe({ version: undefined })) repairId: string,
    @Body() body: CompleteRepairDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new CompleteRepairCommand(id, { ...body, repairId }, context));
  }

  @Post(':id/inspect')
  @HttpCode(200)
  @Roles('warehouse')
  @ApiOperation({ summary: 'Record an inspection (besiktning)' })
  inspect(
    @AssetId() id: string,
    @Body() body: InspectAidDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new InspectAidCommand(id, body, context));
  }

  @Post(':id/scrap')
  @HttpCode(200)
  @Roles('warehouse')
  @ApiOperation({ summary: 'Scrap a worn-out aid' })
  scrap(
    @AssetId() id: string,
    @Body() body: ScrapAidDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new ScrapAidCommand(id, body, context));
  }
}
