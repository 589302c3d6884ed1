import { Inject, Injectable, type Type } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import {
  articleDecider,
  articleStream,
  assetCommandReferences,
  BILLING_MONTHS_STREAM,
  billingMonthsDecider,
  assetDecider,
  assetStream,
  consumableStockCommandReferences,
  consumableStockDecider,
  consumableStockStream,
  fittingCommandReferences,
  fittingDecider,
  fittingStream,
  orderCommandReferences,
  orderDecider,
  orderStream,
  payerDecider,
  payerStream,
  personDecider,
  personStream,
  recallDecider,
  recallStream,
  type ArticleCommandInput,
  type AssetCommandInput,
  type BillingMonthCommandInput,
  type ConsumableStockCommandInput,
  type Decider,
  type FittingCommandInput,
  type OrderCommandInput,
  type PayerCommandInput,
  type PersonCommandInput,
  type RecallCommandInput,
  type References,
} from '@aidledger/domain';
import { CommandLoop, type CommandContext } from '@aidledger/event-store';
import { todayInStockholm } from '../clock/clock.js';
import { AppMetrics } from '../observability/app-metrics.js';
import type { CommandAnswer } from './command-answer.js';
import { countedCommand } from './counted-command.js';
import { ReferencedFacts } from './referenced-facts.js';

type Message = { type: string; data: object };

/** A command on one aggregate as it travels the CommandBus: which one, what is asked, by whom. */
abstract class OnAggregate<Input extends Message> extends Command<CommandAnswer> {
  constructor(
    readonly id: string,
    readonly command: Input,
    readonly context: CommandContext,
    /** What the answer names when it is not the aggregate (a reported repair). */
    readonly answerId?: string,
  ) {
    super();
  }
}

export class OnArticle extends OnAggregate<ArticleCommandInput> {}
export class OnAsset extends OnAggregate<AssetCommandInput> {}
export class OnOrder extends OnAggregate<OrderCommandInput> {}
export class OnPayer extends OnAggregate<PayerCommandInput> {}
export class OnPerson extends OnAggregate<PersonCommandInput> {}
export class OnRecall extends OnAggregate<RecallCommandInput> {}
/** On the books' months (one stream); the id is the month the command names. */
export class OnBillingMonths extends OnAggregate<BillingMonthCommandInput> {}
/** On the stock of consumable `id` at the command's location. */
export class OnConsumableStock extends OnAggregate<ConsumableStockCommandInput> {}
export class OnFitting extends OnAggregate<FittingCommandInput> {}

/** How commands reach one kind of aggregate: its decider, the facts it needs, the stream a command acts on. */
export type AggregateKind<C extends Message, E extends Message, S> = {
  decider: Decider<C, E, S>;
  references: References<C>;
  target(id: string, data: object): { streamId: string; ids: Record<string, string>; answerId?: string };
};

const ARTICLES: AggregateKind<Parameters<typeof articleDecider.decide>[0], Message, unknown> = {
  decider: articleDecider as never,
  references: {},
  target: (articleNo) => ({ streamId: articleStream(articleNo), ids: { articleNo } }),
};
export const ASSETS = {
  decider: assetDecider,
  references: assetCommandReferences,
  target: (assetId: string) => ({ streamId: assetStream(assetId), ids: { assetId } }),
};
const ORDERS = {
  decider: orderDecider,
  references: orderCommandReferences,
  target: (orderId: string) => ({ streamId: orderStream(orderId), ids: { orderId } }),
};
export const PERSONS = {
  decider: personDecider,
  references: {},
  target: (personId: string) => ({ streamId: personStream(personId), ids: { personId } }),
};
const PAYERS = {
  decider: payerDecider,
  references: {},
  target: (payerId: string) => ({ streamId: payerStream(payerId), ids: { payerId } }),
};
/** A recall names its article: an unknown one is 404. */
const RECALLS = {
  decider: recallDecider,
  references: { IssueRecall: ['article'] } as const,
  target: (recallId: string) => ({ streamId: recallStream(recallId), ids: { recallId } }),
};
const BILLING_MONTHS = {
  decider: billingMonthsDecider,
  references: {},
  target: (month: string) => ({ streamId: BILLING_MONTHS_STREAM, ids: { month } }),
};
const CONSUMABLE_STOCKS = {
  decider: consumableStockDecider,
  references: consumableStockCommandReferences,
  target: (articleNo: string, data: object) => {
    const { location } = data as { location: string };
    return {
      streamId: consumableStockStream(articleNo, location),
      ids: { articleNo },
      answerId: `${articleNo}.${location}`,
    };
  },
};

const FITTINGS = {
  decider: fittingDecider,
  references: fittingCommandReferences,
  target: (fittingId: string) => ({ streamId: fittingStream(fittingId), ids: { fittingId } }),
};

/**
 * The one command path: the aggregate's ids, `today` (Europe/Stockholm) and the facts of the aggregates the
 * command names are added to what the sender asked, then the command loop reads, decides and appends.
 */
@Injectable()
export class AggregateRunner {
  constructor(
    @Inject(CommandLoop) private readonly loop: CommandLoop,
    @Inject(ReferencedFacts) private readonly facts: ReferencedFacts,
  ) {}

  async run<C extends Message, E extends Message, S>(
    kind: AggregateKind<C, E, S>,
    { id, command, context, answerId }: OnAggregate<Message>,
  ): Promise<CommandAnswer> {
    const target = kind.target(id, command.data);
    const references = kind.references[command.type as C['type']] ?? [];
    const named = { ...command.data, ...target.ids };
    const facts = references.length === 0 ? {} : await this.facts.of(references, named);
    const data = { ...named, ...facts, today: todayInStockholm() };
    const result = await this.loop.run(target.streamId, kind.decider, { type: command.type, data } as C, context);
    const { streamRevision, position, replayed } = result;
    return { id: answerId ?? target.answerId ?? id, streamRevision, position, ...(replayed ? { replayed } : {}) };
  }
}

/** The CommandBus handler of one kind of aggregate: every command on it goes the one command path, counted. */
const handlerOf = <M extends OnAggregate<Message>, C extends Message, E extends Message, S>(
  message: Type<M>,
  kind: AggregateKind<C, E, S>,
): Type<{ execute(command: M): Promise<CommandAnswer> }> => {
  @CommandHandler(message)
  class AggregateCommandHandler {
    constructor(
      @Inject(AggregateRunner) readonly runner: AggregateRunner,
      @Inject(AppMetrics) readonly metrics: AppMetrics,
    ) {}
    execute(command: M): Promise<CommandAnswer> {
      return countedCommand(this.metrics, command.command.type, () => this.runner.run(kind, command));
    }
  }
  return AggregateCommandHandler;
};

export const ArticleCommandHandler = handlerOf(OnArticle, ARTICLES);
export const OrderCommandHandler = handlerOf(OnOrder, ORDERS);
export const ConsumableStockCommandHandler = handlerOf(OnConsumableStock, CONSUMABLE_STOCKS);
export const PayerCommandHandler = handlerOf(OnPayer, PAYERS);
export const BillingMonthsCommandHandler = handlerOf(OnBillingMonths, BILLING_MONTHS);
export const RecallCommandHandler = handlerOf(OnRecall, RECALLS);
export const FittingCommandHandler = handlerOf(OnFitting, FITTINGS);
