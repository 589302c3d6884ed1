import type { ArticleKind } from '../article/article.events.js';
import type { OrderStatus } from '../order/order.decider.js';

/**
 * Another aggregate a command names whose facts its decider needs. The command handler looks each one up by
 * the id field below and adds its facts to the command under the reference's name; an unknown one is 404.
 */
export type Reference = 'order' | 'article' | 'person';

export const REFERENCE_ID_FIELD = { order: 'orderId', article: 'articleNo', person: 'personId' } as const;

/** Which references each command type needs, per aggregate. */
export type References<C extends { type: string }> = { readonly [T in C['type']]?: readonly Reference[] };

/** What asset and stock commands need to know of the order they serve. */
export type OrderFacts = {
  orderId: string;
  status: OrderStatus;
  personId: string;
  articleNo: string;
  plannedDeliveryDate: string;
  municipality: string;
};

/** `inspectionIntervalMonths`: how often its aids must be inspected; null or absent when they need none. */
export type ArticleFacts = { articleNo: string; kind: ArticleKind; inspectionIntervalMonths?: number | null };

export type PersonFacts = { personId: string; municipality: string };

/**
 * A command as its sender gives it: the handler adds the aggregate's own id fields, `today` and the
 * referenced facts.
 */
export type CommandInput<C extends { type: string; data: object }, IdField extends string> = C extends unknown
  ? { type: C['type']; data: Omit<C['data'], 'today' | IdField | Reference> }
  : never;
