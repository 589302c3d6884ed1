import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  assetCommandReferences,
  assetDecider,
  assetStream,
  unitNumberCandidate,
  type AssetCommand,
  type AssetCommandInput,
  type AssetState,
} from '@aidledger/domain';
import { CommandLoop, idempotentEventId } from '@aidledger/event-store';
import { todayInStockholm } from '../clock/clock.js';
import { AggregateRunner, ASSETS, OnAsset } from '../command-bus/aggregate-commands.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { countedCommand } from '../command-bus/counted-command.js';
import { ReferencedFacts } from '../command-bus/referenced-facts.js';
import { AppMetrics } from '../observability/app-metrics.js';
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
    @Inject(ReferencedFacts) private readonly facts: ReferencedFacts,
    @Inject(AppMetrics) private readonly metrics: AppMetrics,
  ) {}

  execute(message: OnAsset): Promise<CommandAnswer> {
    return countedCommand(this.metrics, message.command.type, () => this.numberedAndRun(message));
  }

  private async numberedAndRun(message: OnAsset): Promise<CommandAnswer> {
    const { id, command, context, answerId } = message;
    if (command.type !== 'RegisterAsset' && command.type !== 'AssignUnitNumber')
      return this.runner.run(ASSETS, message);
    const unitNumber =
      (await this.numberHeld(message)) ??
      (await this.unitNumbers.claim(id, { ...context, expectedRevision: undefined }));
    const numbered = { type: command.type, data: { ...command.data, unitNumber } } as AssetCommandInput;
    return this.runner.run(ASSETS, new OnAsset(id, numbered, context, answerId));
  }

  /**
   * The number to use without a claim ('' when the command loop answers without one: a retry, a stale If-Match, a
   * refusal), or null to claim one. A receipt that will be refused is refused here, before anything is appended.
   */
  private async numberHeld({ id, command, context }: OnAsset): Promise<string | null> {
    const streamId = assetStream(id);
    const { state, events, revision } = await this.loop.load(streamId, assetDecider);
    const { idempotency, expectedRevision } = context;
    if (idempotency && events.some((event) => event.id === idempotentEventId(idempotency.key, streamId, 0))) return '';
    if (expectedRevision !== undefined && expectedRevision !== revision) return '';
    if (state.status === 'initial' && command.type === 'RegisterAsset') {
      await this.refuseBeforehand(id, command, state);
      return null;
    }
    return state.status === 'initial' || command.type === 'RegisterAsset' ? '' : state.unitNumber;
  }

  /** Decides the receipt as the command loop will, with the number it would get: throws what it would refuse. */
  private async refuseBeforehand(id: string, command: OnAsset['command'], state: AssetState): Promise<void> {
    const named = { ...command.data, assetId: id };
    const references = assetCommandReferences[command.type] ?? [];
    const facts = references.length === 0 ? {} : await this.facts.of(references, named);
    const data = { ...named, ...facts, unitNumber: unitNumberCandidate(id, 0), today: todayInStockholm() };
    assetDecider.decide({ type: command.type, data } as AssetCommand, state);
  }
}
