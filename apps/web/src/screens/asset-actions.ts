import { ApiError, type Asset, type AssetStatus, type HistoryEvent } from '../api/api-client.js';
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

export type OpenRepair = { repairId: string; reportedOn: string; description: string };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Repairs reported and not yet completed, read from the aid's own history. */
export const openRepairs = (events: HistoryEvent[]): OpenRepair[] => {
  const open = new Map<string, OpenRepair>();
  for (const event of events) {
    const repairId = text(event.data.repairId);
    if (!repairId) continue;
    if (event.type === 'AidRepairReported')
      open.set(repairId, {
        repairId,
        reportedOn: text(event.data.reportedOn),
        description: text(event.data.description),
      });
    if (event.type === 'AidRepaired') open.delete(repairId);
  }
  return [...open.values()];
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
