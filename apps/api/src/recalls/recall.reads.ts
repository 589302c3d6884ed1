import { Inject, Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { DomainError, recallDecider, recallStream } from '@aidledger/domain';
import { CommandLoop, type CommandContext } from '@aidledger/event-store';
import {
  findHoldersOf,
  findOpenRecallUnits,
  findRecall,
  findRecallAids,
  findRecallScope,
  findRecalls,
  type AssetStatus,
  type RecallHolders,
} from '@aidledger/projections';
import { AccessLog } from '../access-log/access-log.js';
import type { Accessor } from '../access-log/accessed-by.decorator.js';
import type { Role } from '../auth/roles.js';
import { OnRecall } from '../command-bus/aggregate-commands.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { createdId } from '../command-bus/command-context.decorator.js';
import { Read } from '../read-models/read.query.js';
import type { IssueRecallDto, RecallUnitDoneDto } from './recall.dto.js';

/** Who reads the holders of recalled aids: the auditor (traceability for the authorities), and admin. */
const HOLDER_ROLES: readonly Role[] = ['auditor', 'admin'];

const WHERE: Record<'inStock' | 'onLoan', AssetStatus[]> = {
  inStock: ['ready', 'allocated', 'awaitingReconditioning'],
  onLoan: ['onLoan', 'inTransit'],
};

/**
 * Recalls over HTTP: the scope is selected from the read models when a recall is issued and recorded in its
 * event; the holders of the affected aids are added for the auditor only, each person named logged first.
 */
@Injectable()
export class RecallReads {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CommandLoop) private readonly loop: CommandLoop,
    @Inject(AccessLog) private readonly accessLog: AccessLog,
  ) {}

  async issue(body: IssueRecallDto, context: CommandContext, accessor: Accessor) {
    const { recallId = createdId(context), ...notice } = body;
    const affected = await this.queries.execute(new Read(({ db }) => findRecallScope(db, notice)));
    const answer: CommandAnswer = await this.commands.execute(
      new OnRecall(recallId, { type: 'IssueRecall', data: { ...notice, affected } }, context),
    );
    // Sent again, the recall keeps the scope recorded when it was first issued: answer that one.
    const { state } = await this.loop.load(recallStream(recallId), recallDecider);
    const recorded = state.status === 'issued' ? state.recall.affected : affected;
    const aids = await this.queries.execute(new Read(({ db }) => findRecallAids(db, recorded)));
    return {
      recallId,
      streamRevision: Number(answer.streamRevision),
      affected: await this.withHolders(aids, accessor, 'recall.holders.read'),
    };
  }

  markDone(recallId: string, assetId: string, data: RecallUnitDoneDto, context: CommandContext) {
    return this.commands.execute(
      new OnRecall(recallId, { type: 'MarkRecallUnitDone', data: { ...data, assetId } }, context),
    ) as Promise<CommandAnswer>;
  }

  async recall(recallId: string, accessor: Accessor) {
    const recall = await this.queries.execute(new Read(({ db }) => findRecall(db, recallId)));
    if (!recall)
      throw new DomainError('RECALL.NOT_FOUND', `Recall ${recallId} is not issued`, 'not_found', { recallId });
    return { ...recall, units: await this.withHolders(recall.units, accessor, 'recall.holders.read') };
  }

  list() {
    return this.queries.execute(new Read(({ db }) => findRecalls(db)));
  }

  openUnits(where: 'inStock' | 'onLoan') {
    return this.queries.execute(new Read(({ db }) => findOpenRecallUnits(db, WHERE[where])));
  }

  /** The holders, current and past, for the auditor only: one access entry per person named, before answering. */
  private async withHolders<U extends { assetId: string }>(
    units: U[],
    accessor: Accessor,
    action: string,
  ): Promise<(U & Partial<RecallHolders>)[]> {
    if (!HOLDER_ROLES.includes(accessor.role)) return units;
    const holders = await this.queries.execute(
      new Read(({ db }) =>
        findHoldersOf(
          db,
          units.map((unit) => unit.assetId),
        ),
      ),
    );
    const named = [...holders.values()].flatMap(({ currentHolder, pastHolders }) => [
      ...(currentHolder ? [currentHolder.personId] : []),
      ...pastHolders.map((holder) => holder.personId),
    ]);
    await this.accessLog.recordReads(accessor, action, named);
    return units.map((unit) => ({
      ...unit,
      ...(holders.get(unit.assetId) ?? { currentHolder: null, pastHolders: [] }),
    }));
  }
}
