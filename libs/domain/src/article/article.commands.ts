import type { CommandInput } from '../shared/references.js';
import type { Message, WithOptional } from '../shared/decider.js';
import type { ArticleRegistered } from './article.events.js';

/** What the event keeps as null or false may be left out. */
export type RegisterArticle = Message<
  'RegisterArticle',
  WithOptional<
    ArticleRegistered['data'],
    'monthlyRentSek' | 'bulky' | 'inspectionIntervalMonths' | 'expectedLifetimeYears' | 'costResponsibility'
  >
>;

export type ArticleCommand = RegisterArticle;

export type ArticleCommandInput = CommandInput<ArticleCommand, never>;
