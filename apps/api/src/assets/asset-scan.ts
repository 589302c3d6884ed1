import {
  DomainError,
  parseUnitNumber,
  unitNumberClaimDecider,
  unitNumberClaimStream,
  type UnitNumberClaimEvent,
} from '@aidledger/domain';
import type { EventStore } from '@aidledger/event-store';
import { findAssetIdsBySerialNumber, type ReadModelDb } from '@aidledger/projections';
import { readAssetState, type AssetState } from './asset.reads.js';

export type ScanMatch = 'assetId' | 'unitNumber' | 'serialNumber';
export type ScannedAsset = AssetState & { matchedBy: ScanMatch };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const registered = async (store: EventStore, assetId: string): Promise<AssetState | null> => {
  try {
    return await readAssetState(store, assetId);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'ASSET.NOT_FOUND') return null;
    throw error;
  }
};

/** The aid whose claim holds the number: read from the number's own stream, so a fresh receipt is found at once. */
const claimantOf = async (store: EventStore, unitNumber: string): Promise<string | null> => {
  const state = (await store.readStream(unitNumberClaimStream(unitNumber)))
    .map((event) => ({ type: event.type, data: event.data }) as UnitNumberClaimEvent)
    .reduce(unitNumberClaimDecider.evolve, unitNumberClaimDecider.initialState());
  return state.status === 'claimed' ? state.assetId : null;
};

/**
 * What a scanner or a person typed: an asset id, a unit number (in any case, with spaces or dashes) or a serial
 * number, tried in that order. A serial number two aids share is ambiguous (409): scan the unit number instead.
 */
export const scanAsset = async (db: ReadModelDb, store: EventStore, code: string): Promise<ScannedAsset> => {
  const text = code.trim();
  if (UUID.test(text)) {
    const asset = await registered(store, text.toLowerCase());
    if (asset) return { ...asset, matchedBy: 'assetId' };
  }
  const unitNumber = parseUnitNumber(text);
  const claimant = unitNumber && (await claimantOf(store, unitNumber));
  if (claimant) {
    const asset = await registered(store, claimant);
    if (asset) return { ...asset, matchedBy: 'unitNumber' };
  }
  const bySerial = text === '' ? [] : await findAssetIdsBySerialNumber(db, text);
  if (bySerial.length > 1)
    throw new DomainError(
      'ASSET.SCAN_AMBIGUOUS',
      'More than one aid has this serial number; scan the unit number instead',
      'conflict',
    );
  const asset = bySerial.length === 1 ? await registered(store, bySerial[0]) : null;
  if (asset) return { ...asset, matchedBy: 'serialNumber' };
  throw new DomainError('ASSET.SCAN_NO_MATCH', 'No aid has this unit number, asset id or serial number', 'not_found');
};
