export * from './shared/decider.js';
export * from './shared/domain-error.js';
export * from './article/article.events.js';
export * from './asset/asset.events.js';
export * from './order/order.events.js';
export * from './person/person.events.js';
export * from './consumable-stock/consumable-stock.events.js';
