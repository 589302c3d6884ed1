import { defaultBillingProjection } from './billing/billing.projection.js';
import { accessLogProjection } from './access-log/access-log.projection.js';
import { articlesProjection } from './articles/articles.projection.js';
import { payersProjection } from './payers/payers.projection.js';
import { orderBoardProjection } from './order-board/order-board.projection.js';
import { assetIndexProjection } from './asset-index/asset-index.projection.js';
import { deliveryMetricsProjection } from './delivery-metrics/delivery-metrics.projection.js';
import { personAidsProjection } from './person-aids/person-aids.projection.js';
import { fittingMetricsProjection } from './fitting-metrics/fitting-metrics.projection.js';
import { repairMetricsProjection } from './repair-metrics/repair-metrics.projection.js';
import { pickupRequestsProjection } from './pickup-requests/pickup-requests.projection.js';
import { prescriptionStatisticsProjection } from './prescription-statistics/prescription-statistics.projection.js';
import { recallsProjection } from './recalls/recalls.projection.js';
import type { Projection } from './runtime/projection.js';
import { stockLevelsProjection } from './stock-levels/stock-levels.projection.js';
import { inspectionsProjection } from './inspections/inspections.projection.js';

export const allProjections: readonly Projection[] = [
  personAidsProjection,
  stockLevelsProjection,
  deliveryMetricsProjection,
  repairMetricsProjection,
  fittingMetricsProjection,
  assetIndexProjection,
  orderBoardProjection,
  articlesProjection,
  payersProjection,
  accessLogProjection,
  pickupRequestsProjection,
  defaultBillingProjection,
  inspectionsProjection,
  prescriptionStatisticsProjection,
  recallsProjection,
];
