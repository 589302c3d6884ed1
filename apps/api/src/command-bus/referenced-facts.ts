import { Inject, Injectable } from '@nestjs/common';
import { CommandLoop } from '@aidledger/event-store';
import {
  articleDecider,
  articleStream,
  articleView,
  DomainError,
  orderDecider,
  orderStream,
  orderView,
  personDecider,
  personStream,
  personView,
  REFERENCE_ID_FIELD,
  type ArticleView,
  type OrderView,
  type Reference,
} from '@aidledger/domain';

type PersonView = NonNullable<ReturnType<typeof personView>>;
export type Facts = { order?: OrderView; article?: ArticleView; person?: PersonView };

const notFound = (code: string, message: string, details: Record<string, string>): DomainError =>
  new DomainError(code, message, 'not_found', details);

/** The one lookup of other aggregates a command names: their facts as the deciders need them, or 404. */
@Injectable()
export class ReferencedFacts {
  constructor(@Inject(CommandLoop) private readonly loop: CommandLoop) {}

  /** In the order given: a command that names no article (an allocation) has the article of the order before it. */
  async of(references: readonly Reference[], data: object): Promise<Facts> {
    const ids = data as Record<string, unknown>;
    const facts: Record<string, OrderView | ArticleView | PersonView> = {};
    for (const reference of references) {
      const id =
        ids[REFERENCE_ID_FIELD[reference]] ??
        (reference === 'article' ? (facts.order as OrderView)?.articleNo : undefined);
      facts[reference] = await this.load(reference, String(id));
    }
    return facts as Facts;
  }

  load(reference: 'order', id: string): Promise<OrderView>;
  load(reference: 'article', id: string): Promise<ArticleView>;
  load(reference: 'person', id: string): Promise<PersonView>;
  load(reference: Reference, id: string): Promise<OrderView | ArticleView | PersonView>;
  async load(reference: Reference, id: string): Promise<OrderView | ArticleView | PersonView> {
    switch (reference) {
      case 'order': {
        const view = orderView((await this.loop.load(orderStream(id), orderDecider)).state);
        if (!view) throw notFound('ORDER.NOT_FOUND', `Order ${id} is not placed`, { orderId: id });
        return view;
      }
      case 'article': {
        const view = articleView((await this.loop.load(articleStream(id), articleDecider)).state);
        // Unlike the UUIDs beside it, an article number is free text and is not repeated: it may be a personnummer.
        if (!view) throw notFound('ARTICLE.NOT_FOUND', 'The article is not in the assortment', {});
        return view;
      }
      case 'person': {
        const view = personView((await this.loop.load(personStream(id), personDecider)).state);
        if (!view) throw notFound('PERSON.NOT_FOUND', `Person ${id} is not registered`, { personId: id });
        return view;
      }
    }
  }
}
