import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assetDecider, assetStream, type AssetCommandInput } from '@aidledger/domain';
import { CommandLoop, idempotentEventId } from '@aidledger/event-store';
import { AggregateRunner, ASSETS, OnAsset } from '../command-bus/aggregate-commands.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { UnitNumbers } from './unit-numbers.js';

/**
 * Asset commands. A receipt (and the assignment to an aid received before unit numbers existed) first claims a
 * unit number on the number's own stream (expected no stream, so two aids never share one), then records it on
 * the aid. A command that needs no new number goes straight on: a retry answered from its Idempotency-Key, an aid
 * already received, one that already has a number; so no claim is left pointing at an aid for nothing.
 */
@CommandHandler(OnAsset)
export class AssetCommandHandler implements ICommandHandler<OnAsset> {
  constructor(
    @Inject(AggregateRunner) private readonly runner: AggregateRunner,
    @Inject(CommandLoop) private readonly loop: CommandLoop,
    @Inject(UnitNumbers) private readonly unitNumbers: UnitNumbers,
  ) {}

  async execute(message: OnAsset): Promise<CommandAnswer> {
    const { id, command, context, answerId } = message;
    if (command.type !== 'RegisterAsset' && command.type !== 'AssignUnitNumber')
      return this.runner.run(ASSETS, message);
    const unitNumber =
      (await this.numberHeld(message)) ??
      (await this.unitNumbers.claim(id, { ...context, expectedRevision: undefined }));
    const numbered = { type: command.type, data: { ...command.data, unitNumber } } as AssetCommandInput;
    return this.runner.run(ASSETS, new OnAsset(id, numbered, context, answerId));
  }

  /** The number to use without a claim ('' when the decider answers without one), or null to claim one. */
  private async numberHeld({ id, command, context }: OnAsset): Promise<string | null> {
    const streamId = assetStream(id);
    const { state, events } = await this.loop.load(streamId, assetDecider);
    const { idempotency } = context;
    if (idempotency && events.some((event) => event.id === idempotentEventId(idempotency.key, streamId, 0))) return '';
    if (state.status === 'initial') return command.type === 'RegisterAsset' ? null : '';
    if (command.type === 'RegisterAsset') return '';
    return state.unitNumber;
  }
}
