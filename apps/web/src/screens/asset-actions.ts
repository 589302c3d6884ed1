import { ApiError, type Asset, type AssetStatus } from '../api/api-client.js';
import type { ErrorText } from '../api/problem-text.js';
import type { Messages } from '../i18n/sv.js';

export type WarehouseAction = 'allocate' | 'recondition' | 'reportRepair' | 'scrap';

/** What the warehouse may do next from each state; the API decides, this only keeps impossible buttons away. */
export const warehouseActions = (status: AssetStatus): WarehouseAction[] => {
  switch (status) {
    case 'ready':
      return ['allocate', 'reportRepair', 'scrap'];
    case 'allocated':
      return ['reportRepair'];
    case 'inTransit':
      return [];
    case 'onLoan':
      return ['reportRepair'];
    case 'awaitingReconditioning':
      return ['recondition', 'reportRepair', 'scrap'];
    case 'scrapped':
      return [];
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
};

/** A refused transition is explained with the state the aid is in now, in the reader's language. */
export const explainRefusal =
  (reload: () => Promise<Asset | undefined>, t: Messages) =>
  async (error: unknown, fallback: ErrorText): Promise<ErrorText> => {
    if (!(error instanceof ApiError) || (error.status !== 409 && error.status !== 412)) return fallback;
    if (fallback.specific) {
      await reload();
      return fallback;
    }
    const current = await reload();
    if (error.status === 409 && current)
      return { ...fallback, message: t.errors.conflictWithState(t.status[current.status]) };
    return fallback;
  };
