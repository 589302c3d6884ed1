import {
  addDays,
  addSwedishWorkingDays,
  assetDecider,
  assetStream,
  isSwedishWorkingDay,
  orderDecider,
  orderStream,
  personDecider,
  personnummerClaimDecider,
  personnummerClaimStream,
  personStream,
  type OrderFacts,
  type Sex,
  unitNumberCandidate,
  unitNumberClaimDecider,
  unitNumberClaimStream,
} from '@aidledger/domain';
import type { EventMetadata, EventStore } from '@aidledger/event-store';
import { v5 as uuidV5 } from 'uuid';
import type { BulkPersonalData } from '../personal-data/personal-data.js';
import { appendNewStreams, decideStream, type StreamAppend } from '../store/bulk-streams.js';
import { demoPersonnummer } from './demo-ids.js';
import { INDIVIDUAL_AIDS, payerIdFor, VASTMANLAND } from './region.js';
import { SeededRandom } from './seeded-random.js';
import { demoContact, demoRecordedSex } from './demo-people.js';

export type { StreamAppend };

export type ImportedPerson = { personId: string; municipality: string };
export type ImportedAid = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  personId: string;
  deliveredOn: string;
};

export type OnLoanImportOptions = {
  /** Aids out on rent at the start; each gets an order, and about two in three a person of its own. */
  count: number;
  seed: number;
  /** Everything imported happened before this day. */
  beforeDay: string;
  /** The day the import runs (Europe/Stockholm); business days may not lie after it. */
  today: string;
  actor?: string;
  /** Appends in flight at once: the store's group commit writes them in few transactions. */
  inFlight?: number;
  onProgress?: (done: number, total: number) => void;
};

export type OnLoanImport = {
  persons: ImportedPerson[];
  aids: ImportedAid[];
  events: number;
  usedPersonnummer: Set<string>;
};

const IMPORT_ACTOR = 'import:aids-on-loan';
const UNIT_NUMBER_CLAIM_NAMESPACE = 'c0a3e3f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

const previousWorkingDay = (day: string): string => addSwedishWorkingDays(day, -1);

/** The working days before `lastDay`, newest first; counting back by index is O(1) per aid. */
const workingDaysBack = (lastDay: string, count: number): string[] => {
  const days: string[] = [];
  for (let day = lastDay; days.length < count; day = addDays(day, -1)) if (isSwedishWorkingDay(day)) days.push(day);
  return days;
};

/** The streams of the aids already out on rent when the history starts; deterministic from the seed. */
export function* onLoanStreams(
  options: Omit<OnLoanImportOptions, 'inFlight' | 'onProgress'>,
  into: {
    persons: ImportedPerson[];
    aids: ImportedAid[];
    usedPersonnummer: Set<string>;
    usedUnitNumbers?: Set<string>;
  },
  personalData: Omit<BulkPersonalData, 'saveKeys'>,
): Generator<StreamAppend> {
  const random = new SeededRandom(options.seed ^ 0x5eed0001);
  const actor = options.actor ?? IMPORT_ACTOR;
  const occurredAt = new Date().toISOString();
  const { today } = options;
  const lastDay = isSwedishWorkingDay(options.beforeDay)
    ? previousWorkingDay(options.beforeDay)
    : previousWorkingDay(addDays(options.beforeDay, 1));
  const back = workingDaysBack(lastDay, 7 * 250 + 420);
  const metadataFor = (correlationId: string) => (): Omit<EventMetadata, 'hash'> => ({
    actor,
    occurredAt,
    correlationId,
    causationId: correlationId,
    schemaVersion: 1,
  });
  for (let n = 0; n < options.count; n++) {
    let person = into.persons.length > 0 && random.chance(0.35) ? random.pick(into.persons) : null;
    if (!person) {
      const personId = random.uuid();
      const sex: Sex = random.chance(0.58) ? 'female' : 'male';
      const home = random.weighted(VASTMANLAND);
      const municipality = home.name;
      const personnummer = demoPersonnummer(random, sex, into.usedPersonnummer);
      person = { personId, municipality };
      into.persons.push(person);
      const correlationId = random.uuid();
      const claimStreamId = personnummerClaimStream(personalData.lookupKey(personnummer));
      yield decideStream(
        claimStreamId,
        personnummerClaimDecider,
        [{ type: 'ClaimPersonnummer', data: { personId } }],
        metadataFor(correlationId),
        () => random.uuid(),
      );
      yield decideStream(
        personStream(personId),
        personDecider,
        [
          {
            type: 'RegisterPerson',
            data: {
              personId,
              personnummer,
              sex: demoRecordedSex(personId, sex),
              municipality,
              contact: demoContact(personId, sex, home),
              today,
            },
          },
        ],
        metadataFor(correlationId),
        () => random.uuid(),
        (event) => personalData.encode(personId, event),
      );
    }
    const article = random.weighted(INDIVIDUAL_AIDS);
    const assetId = random.uuid();
    const orderId = random.uuid();
    // Out on rent for up to six years; received some time before it was first delivered.
    const deliveredBack = random.int(0, 6 * 250);
    const deliveredOn = back[deliveredBack];
    const receivedOn = back[deliveredBack + random.int(1, 400)];
    // Imported history keeps the region's punctuality (about 92 % on the planned day), so the
    // delivery KPI of the imported months is as believable as that of the generated ones.
    const outcome = random.weighted([
      { value: 0, weight: 92 },
      { value: 1, weight: 6 },
      { value: -1, weight: 2 },
    ]).value;
    const plannedBack =
      outcome === 1
        ? deliveredBack + random.int(1, 3)
        : outcome === -1
          ? Math.max(deliveredBack - random.int(1, 2), 0)
          : deliveredBack;
    const plannedDeliveryDate = back[plannedBack];
    const placedOn = back[Math.max(plannedBack, deliveredBack) + random.int(1, 8)];
    const municipality = person.municipality;
    const correlationId = random.uuid();
    const code = VASTMANLAND.find((m) => m.name === municipality)?.code ?? 'VASTERAS';
    const routeId = `R-${code}-1`;
    yield decideStream(
      orderStream(orderId),
      orderDecider,
      [
        {
          type: 'PlaceOrder',
          data: {
            orderId,
            personId: person.personId,
            articleNo: article.articleNo,
            prescriberId: `FS-${random.int(1000, 1400)}`,
            priority: random.weighted([
              { value: 1, weight: 10 },
              { value: 2, weight: 70 },
              { value: 3, weight: 20 },
            ]).value,
            plannedDeliveryDate,
            municipality,
            payerId: payerIdFor(article, { code }),
            placedOn,
            today,
          },
        },
        { type: 'FulfilOrder', data: { orderId, assetId, deliveredOn, today } },
      ],
      metadataFor(correlationId),
      () => random.uuid(),
    );
    const order: OrderFacts = {
      orderId,
      status: 'placed',
      personId: person.personId,
      articleNo: article.articleNo,
      plannedDeliveryDate,
      municipality,
    };
    // Claimed like a receipt's: the next candidate when an earlier aid of the import holds one.
    const usedUnitNumbers = (into.usedUnitNumbers ??= new Set<string>());
    const serialNumber = `SN-${article.articleNo}-${String(n).padStart(7, '0')}`;
    let unitNumber = unitNumberCandidate(assetId, 0);
    for (let attempt = 1; usedUnitNumbers.has(unitNumber); attempt++)
      unitNumber = unitNumberCandidate(assetId, attempt);
    usedUnitNumbers.add(unitNumber);
    yield decideStream(
      unitNumberClaimStream(unitNumber),
      unitNumberClaimDecider,
      [{ type: 'ClaimUnitNumber', data: { unitNumber, assetId } }],
      metadataFor(correlationId),
      // Derived, not drawn: the seed's draws, and so the rest of the demo history, stay as they were.
      () => uuidV5(assetId, UNIT_NUMBER_CLAIM_NAMESPACE),
    );
    yield decideStream(
      assetStream(assetId),
      assetDecider,
      [
        {
          type: 'RegisterAsset',
          data: {
            assetId,
            articleNo: article.articleNo,
            serialNumber,
            location: 'VAS-HUVUDLAGER',
            receivedOn,
            unitNumber,
            article: { articleNo: article.articleNo, kind: 'individual' },
            today,
          },
        },
        { type: 'AllocateAsset', data: { assetId, orderId, order, allocatedOn: deliveredOn, today } },
        { type: 'DispatchAid', data: { assetId, orderId, routeId, dispatchedOn: deliveredOn, today } },
        { type: 'DeliverAid', data: { assetId, orderId, order, deliveredOn, today } },
      ],
      metadataFor(correlationId),
      () => random.uuid(),
    );
    into.aids.push({ assetId, articleNo: article.articleNo, serialNumber, personId: person.personId, deliveredOn });
  }
}

/**
 * Bulk import of the aids out on rent: the events the deciders produce, appended as new streams with
 * many appends in flight so the store's group commit writes thousands per transaction. Re-running it
 * with the same seed appends nothing (the event ids are derived from the seed).
 */
export const importAidsOnLoan = async (
  store: EventStore,
  personalData: BulkPersonalData,
  options: OnLoanImportOptions,
): Promise<OnLoanImport> => {
  const into = { persons: [] as ImportedPerson[], aids: [] as ImportedAid[], usedPersonnummer: new Set<string>() };
  const inFlight = options.inFlight ?? 4096;
  let events = 0;
  let batch: StreamAppend[] = [];
  const flush = async (): Promise<void> => {
    const settled = await appendNewStreams(store, personalData, batch);
    const refused = settled.find((outcome) => outcome.status === 'rejected');
    if (refused) throw refused.reason;
    batch = [];
    options.onProgress?.(into.aids.length, options.count);
  };
  for (const append of onLoanStreams(options, into, personalData)) {
    events += append.events.length;
    batch.push(append);
    if (batch.length >= inFlight) await flush();
  }
  await flush();
  return { ...into, events };
};
