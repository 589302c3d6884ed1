import { Inject, Injectable } from '@nestjs/common';
import { CommandLoop } from '@aidledger/event-store';
import { articleDecider, articleStream, articleView, DomainError, type ArticleView } from '@aidledger/domain';

/** The assortment as command handlers need it: does an article exist, and of which kind. */
@Injectable()
export class ArticleCatalogue {
  constructor(@Inject(CommandLoop) private readonly loop: CommandLoop) {}

  async require(articleNo: string): Promise<ArticleView> {
    const { state } = await this.loop.load(articleStream(articleNo), articleDecider);
    const view = articleView(state);
    if (!view)
      throw new DomainError('ARTICLE.NOT_FOUND', `Article ${articleNo} is not in the assortment`, 'not_found', {
        articleNo,
      });
    return view;
  }

  async requireIndividual(articleNo: string): Promise<ArticleView> {
    const article = await this.require(articleNo);
    if (article.kind !== 'individual')
      throw new DomainError(
        'ARTICLE.NOT_INDIVIDUAL',
        `Article ${articleNo} is a consumable; it has no individually marked aids`,
        'conflict',
        { articleNo },
      );
    return article;
  }

  async requireConsumable(articleNo: string): Promise<ArticleView> {
    const article = await this.require(articleNo);
    if (article.kind !== 'consumable')
      throw new DomainError(
        'ARTICLE.NOT_CONSUMABLE',
        `Article ${articleNo} is an individual aid, not a consumable`,
        'conflict',
        { articleNo },
      );
    return article;
  }
}
