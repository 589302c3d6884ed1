import {
  articleDecider,
  articleStream,
  assetDecider,
  assetStream,
  DomainError,
  orderDecider,
  orderStream,
  payerDecider,
  payerStream,
  personDecider,
  personnummerClaimDecider,
  personnummerClaimStream,
  personStream,
  type ArticleKind,
  type AssetCommand,
  type ContactInput,
  type Decider,
  type OrderCommand,
  type OrderFacts,
  type PayerKind,
  type RegisterArticle,
  type RegisterPayer,
  type Sex,
  unitNumberCandidate,
  unitNumberClaimDecider,
  unitNumberClaimStream,
} from '@aidledger/domain';
import type { EventMetadata, EventStore, JsonObject } from '@aidledger/event-store';
import type { BulkPersonalData } from '../personal-data/personal-data.js';
import { appendNewStreams, decideStream, type StreamAppend } from '../store/bulk-streams.js';
import { readCsv, RowReader, type ImportFile, type ImportProblem } from './import-csv.js';
import { importId } from './import-id.js';

/** The route an aid already out on loan is recorded as delivered by. */
export const IMPORT_ROUTE = 'IMPORT';
const DEFAULT_PRESCRIBER = 'IMPORT';
const DEFAULT_PRIORITY = 2;

type ArticleRow = RegisterArticle['data'] & { line: number };
type PayerRow = RegisterPayer['data'] & { line: number };
type PersonRow = {
  line: number;
  /** Normalised, personal data: kept in memory only, never reported. */
  personnummer: string;
  /** null when the incumbent's record has none. */
  sex: Sex | null;
  municipality: string;
  contact?: ContactInput;
};
type Loan = { personnummer: string; since: string; payerId: string; prescriberId: string };
type AidRow = {
  line: number;
  serialNumber: string;
  articleNo: string;
  location: string;
  receivedOn: string;
  loan?: Loan;
};
type OrderRow = {
  line: number;
  orderNo: string;
  personnummer: string;
  articleNo: string;
  prescriberId: string;
  priority: number;
  plannedDeliveryDate: string;
  payerId: string;
  municipality?: string;
  placedOn?: string;
};

type Rows = {
  articles: ArticleRow[];
  payers: PayerRow[];
  persons: PersonRow[];
  aids: AidRow[];
  orders: OrderRow[];
};

/** One stream a row makes: its decider and the commands, as the command loop would run them one after another. */
type StreamPlan = {
  streamId: string;
  decider: Decider<unknown, { type: string; data: object }, unknown>;
  commands: unknown[];
  /** A person stream: its personal data is encrypted with this person's key. */
  personId?: string;
};

type Unit = { file: ImportFile; line: number; streams: StreamPlan[] };

export type ImportProgress = (phase: ImportFile, done: number, total: number) => void;

export type ImportOptions = {
  folder: string;
  dryRun: boolean;
  /** The day the import runs (Europe/Stockholm): business days may not lie after it. */
  today: string;
  actor?: string;
  /** Rows decided and appended together; the embedded store writes each batch in one transaction. */
  batchSize?: number;
  onProgress?: ImportProgress;
};

export type ImportReport = {
  dryRun: boolean;
  /** Rows read per file. */
  rows: Record<string, number>;
  problems: ImportProblem[];
  appendedStreams: number;
  appendedEvents: number;
  /** Streams already in the store (an earlier run, or the API), left as they are. */
  existingStreams: number;
  /** Appends the store refused (another writer created the stream meanwhile), by stream category. */
  refused: { stream: string; code: string }[];
};

const plan = <C, E extends { type: string; data: object }, S>(
  streamId: string,
  decider: Decider<C, E, S>,
  commands: C[],
  personId?: string,
): StreamPlan => ({ streamId, decider: decider as unknown as StreamPlan['decider'], commands, personId });

/** Which CSV column a decider's field comes from, per file (absent: the field's own name). */
const COLUMN_OF: Partial<Record<ImportFile, Record<string, string>>> = {
  'persons.csv': { 'address.street': 'street', 'address.postalCode': 'postalCode', 'address.city': 'city' },
  'aids.csv': {
    allocatedOn: 'since',
    dispatchedOn: 'since',
    deliveredOn: 'since',
    placedOn: 'since',
    plannedDeliveryDate: 'since',
    personnummer: 'holderPersonnummer',
  },
};

const ARTICLE_KINDS: readonly ArticleKind[] = ['individual', 'consumable'];
const PAYER_KINDS: readonly PayerKind[] = ['municipality', 'region'];
const SEXES: readonly Sex[] = ['female', 'male', 'other'];

/** Reads and checks every file; each bad cell or line is one problem. */
const readRows = (folder: string, today: string, problems: ImportProblem[], counts: Record<string, number>): Rows => {
  const rows: Rows = { articles: [], payers: [], persons: [], aids: [], orders: [] };
  const each = (file: ImportFile, required: string[], read: (row: RowReader) => void): void => {
    const records = readCsv(folder, file, required, problems);
    counts[file] = records.length;
    for (const row of records) read(new RowReader(file, row, problems));
  };
  each('articles.csv', ['articleNo', 'name', 'isoCode', 'kind', 'rentable', 'purchasePriceSek'], (r) => {
    const article = {
      line: r.line,
      articleNo: r.text('articleNo'),
      name: r.text('name'),
      isoCode: r.text('isoCode'),
      kind: r.oneOf('kind', ARTICLE_KINDS),
      rentable: r.flag('rentable'),
      monthlyRentSek: r.number('monthlyRentSek'),
      purchasePriceSek: r.number('purchasePriceSek', { required: true }),
      bulky: r.flag('bulky', false),
      inspectionIntervalMonths: r.number('inspectionIntervalMonths', { integer: true }),
      expectedLifetimeYears: r.number('expectedLifetimeYears'),
      costResponsibility: r.oneOf('costResponsibility', ['municipality', 'region'] as const, 'municipality'),
    };
    if (r.ok) rows.articles.push(article as ArticleRow);
  });
  each('payers.csv', ['payerId', 'name', 'kind'], (r) => {
    const payer = {
      line: r.line,
      payerId: r.text('payerId'),
      name: r.text('name'),
      kind: r.oneOf('kind', PAYER_KINDS),
      municipality: r.optional('municipality'),
    };
    if (r.ok) rows.payers.push(payer as PayerRow);
  });
  each('persons.csv', ['personnummer', 'sex', 'municipality'], (r) => {
    const personnummer = r.personnummer('personnummer', today);
    // The incumbent system left sex empty for some persons: kept as not recorded, counted as unknown.
    const sex = r.optional('sex') === undefined ? null : r.oneOf('sex', SEXES);
    const municipality = r.text('municipality');
    const name = r.optional('name');
    const contact: ContactInput | undefined =
      name === undefined
        ? undefined
        : {
            name,
            address: {
              street: r.text('street') ?? '',
              postalCode: r.text('postalCode') ?? '',
              city: r.text('city') ?? '',
            },
            phone: r.optional('phone'),
            deliveryNotes: r.optional('deliveryNotes'),
            protectedIdentity: r.flag('protectedIdentity', false) ?? false,
          };
    if (r.ok)
      rows.persons.push({
        line: r.line,
        personnummer: personnummer!,
        sex: sex ?? null,
        municipality: municipality!,
        contact,
      });
  });
  each('aids.csv', ['serialNumber', 'articleNo', 'location'], (r) => {
    const serialNumber = r.text('serialNumber');
    const articleNo = r.text('articleNo');
    const location = r.text('location');
    const holder = r.personnummer('holderPersonnummer', today, false);
    const since = r.day('since', holder !== undefined || r.optional('holderPersonnummer') !== undefined);
    const receivedOn = r.day('receivedOn', false) ?? since ?? today;
    const payerId = r.optional('payerId');
    if (holder !== undefined && payerId === undefined) r.problem('payerId', 'required for an aid out on loan');
    if (holder === undefined && r.optional('holderPersonnummer') === undefined && since !== undefined)
      r.problem('holderPersonnummer', 'since is given but not who holds the aid');
    if (!r.ok) return;
    const loan =
      holder === undefined
        ? undefined
        : {
            personnummer: holder,
            since: since!,
            payerId: payerId!,
            prescriberId: r.optional('prescriberId') ?? DEFAULT_PRESCRIBER,
          };
    rows.aids.push({
      line: r.line,
      serialNumber: serialNumber!,
      articleNo: articleNo!,
      location: location!,
      receivedOn,
      loan,
    });
  });
  each('orders.csv', ['orderNo', 'personnummer', 'articleNo', 'plannedDeliveryDate', 'payerId'], (r) => {
    const order = {
      line: r.line,
      orderNo: r.text('orderNo'),
      personnummer: r.personnummer('personnummer', today),
      articleNo: r.text('articleNo'),
      prescriberId: r.optional('prescriberId') ?? DEFAULT_PRESCRIBER,
      priority: r.number('priority', { integer: true }) ?? DEFAULT_PRIORITY,
      plannedDeliveryDate: r.day('plannedDeliveryDate'),
      payerId: r.text('payerId'),
      municipality: r.optional('municipality'),
      placedOn: r.day('placedOn', false),
    };
    if (r.ok) rows.orders.push(order as OrderRow);
  });
  return rows;
};

/** Flags every later row whose key was already used by an earlier row of the same file. */
const unique = <R extends { line: number }>(
  file: ImportFile,
  column: string,
  rows: R[],
  keyOf: (row: R) => string,
  problems: ImportProblem[],
): R[] => {
  const first = new Map<string, number>();
  return rows.filter((row) => {
    const key = keyOf(row);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, row.line);
      return true;
    }
    problems.push({ file, line: row.line, column, reason: `duplicate: the same as line ${earlier}` });
    return false;
  });
};

/** What the import knows of the store before it writes: articles and payers already there. */
type Known = { articles: Map<string, ArticleKind>; payers: Set<string> };

const knownInStore = async (store: EventStore | null, rows: Rows): Promise<Known> => {
  const known: Known = { articles: new Map(), payers: new Set() };
  const named = (list: string[]) => [...new Set(list)];
  for (const articleNo of named([...rows.aids.map((a) => a.articleNo), ...rows.orders.map((o) => o.articleNo)])) {
    const events = store ? await store.readStream(articleStream(articleNo), { maxCount: 1 }) : [];
    const kind = events[0]?.data.kind;
    if (kind === 'individual' || kind === 'consumable') known.articles.set(articleNo, kind);
  }
  for (const article of rows.articles) known.articles.set(article.articleNo, article.kind);
  const payerIds = named([
    ...rows.aids.flatMap((a) => (a.loan ? [a.loan.payerId] : [])),
    ...rows.orders.map((o) => o.payerId),
  ]);
  for (const payerId of payerIds)
    if (store && (await store.readStream(payerStream(payerId), { maxCount: 1 })).length > 0) known.payers.add(payerId);
  for (const payer of rows.payers) known.payers.add(payer.payerId);
  return known;
};

/** Cross-file checks: every aid and order names an article, a payer and a person the import or the store knows. */
const crossCheck = (rows: Rows, known: Known, problems: ImportProblem[]): Rows => {
  const persons = new Set(rows.persons.map((p) => p.personnummer));
  const problem = (file: ImportFile, line: number, column: string, reason: string) =>
    problems.push({ file, line, column, reason });
  const aids = rows.aids.filter((aid) => {
    let ok = true;
    const kind = known.articles.get(aid.articleNo);
    if (kind === undefined) {
      problem('aids.csv', aid.line, 'articleNo', 'unknown article: neither in articles.csv nor in the store');
      ok = false;
    } else if (kind !== 'individual') {
      problem('aids.csv', aid.line, 'articleNo', 'the article is a consumable: it has no individually marked aids');
      ok = false;
    }
    if (aid.loan && !persons.has(aid.loan.personnummer)) {
      problem('aids.csv', aid.line, 'holderPersonnummer', 'the holder is not in persons.csv');
      ok = false;
    }
    if (aid.loan && !known.payers.has(aid.loan.payerId)) {
      problem('aids.csv', aid.line, 'payerId', 'unknown payer: neither in payers.csv nor in the store');
      ok = false;
    }
    return ok;
  });
  const orders = rows.orders.filter((order) => {
    let ok = true;
    if (!known.articles.has(order.articleNo)) {
      problem('orders.csv', order.line, 'articleNo', 'unknown article: neither in articles.csv nor in the store');
      ok = false;
    }
    if (!persons.has(order.personnummer)) {
      problem('orders.csv', order.line, 'personnummer', 'the person is not in persons.csv');
      ok = false;
    }
    if (!known.payers.has(order.payerId)) {
      problem('orders.csv', order.line, 'payerId', 'unknown payer: neither in payers.csv nor in the store');
      ok = false;
    }
    return ok;
  });
  return { ...rows, aids, orders };
};

/** Where a person's streams are: the claim stream is keyed by an HMAC of the number, the person id derived from it. */
type PersonIdentity = (personnummer: string) => { claimStreamId: string; personId: string };

type PersonRef = { personId: string; municipality: string };

const articleUnit = (article: ArticleRow): Unit => {
  const { line: _line, ...data } = article;
  return {
    file: 'articles.csv',
    line: article.line,
    streams: [plan(articleStream(article.articleNo), articleDecider, [{ type: 'RegisterArticle' as const, data }])],
  };
};

const payerUnit = (payer: PayerRow): Unit => {
  const { line: _line, ...data } = payer;
  return {
    file: 'payers.csv',
    line: payer.line,
    streams: [plan(payerStream(payer.payerId), payerDecider, [{ type: 'RegisterPayer' as const, data }])],
  };
};

const personUnit = (person: PersonRow, identity: PersonIdentity, today: string): Unit => {
  const { claimStreamId, personId } = identity(person.personnummer);
  const { personnummer, sex, municipality, contact } = person;
  return {
    file: 'persons.csv',
    line: person.line,
    streams: [
      plan(claimStreamId, personnummerClaimDecider, [{ type: 'ClaimPersonnummer' as const, data: { personId } }]),
      plan(
        personStream(personId),
        personDecider,
        [
          {
            type: 'RegisterPerson' as const,
            data: { personId, personnummer, sex, municipality, ...(contact ? { contact } : {}), today },
          },
        ],
        personId,
      ),
    ],
  };
};

/** The aid's unit number, claimed like a receipt's: the next candidate when an earlier aid of the import has one. */
const unitNumberOfImported = (assetId: string, used: Set<string>): string => {
  let unitNumber = unitNumberCandidate(assetId, 0);
  for (let attempt = 1; used.has(unitNumber); attempt++) unitNumber = unitNumberCandidate(assetId, attempt);
  used.add(unitNumber);
  return unitNumber;
};

const aidUnit = (
  aid: AidRow,
  persons: Map<string, PersonRef>,
  kinds: Known['articles'],
  today: string,
  usedUnitNumbers: Set<string>,
): Unit => {
  const assetId = importId(`asset:${aid.serialNumber}`);
  const { articleNo, serialNumber, location, receivedOn } = aid;
  const unitNumber = unitNumberOfImported(assetId, usedUnitNumbers);
  const asset: AssetCommand[] = [
    {
      type: 'RegisterAsset',
      data: {
        assetId,
        articleNo,
        serialNumber,
        location,
        receivedOn,
        unitNumber,
        article: { articleNo, kind: kinds.get(articleNo)! },
        today,
      },
    },
  ];
  const streams: StreamPlan[] = [];
  if (aid.loan) {
    const { since, payerId, prescriberId } = aid.loan;
    const person = persons.get(aid.loan.personnummer)!;
    const orderId = importId(`loan:${serialNumber}`);
    const order: OrderFacts = {
      orderId,
      status: 'placed',
      personId: person.personId,
      articleNo,
      plannedDeliveryDate: since,
      municipality: person.municipality,
    };
    const commands: OrderCommand[] = [
      {
        type: 'PlaceOrder',
        data: {
          orderId,
          personId: person.personId,
          articleNo,
          prescriberId,
          priority: DEFAULT_PRIORITY,
          plannedDeliveryDate: since,
          municipality: person.municipality,
          payerId,
          placedOn: since,
          today,
        },
      },
      { type: 'FulfilOrder', data: { orderId, assetId, deliveredOn: since, today } },
    ];
    streams.push(plan(orderStream(orderId), orderDecider, commands));
    asset.push(
      { type: 'AllocateAsset', data: { assetId, orderId, order, allocatedOn: since, today } },
      { type: 'DispatchAid', data: { assetId, orderId, routeId: IMPORT_ROUTE, dispatchedOn: since, today } },
      { type: 'DeliverAid', data: { assetId, orderId, order, deliveredOn: since, today } },
    );
  }
  streams.unshift(
    plan(unitNumberClaimStream(unitNumber), unitNumberClaimDecider, [
      { type: 'ClaimUnitNumber' as const, data: { unitNumber, assetId } },
    ]),
    plan(assetStream(assetId), assetDecider, asset),
  );
  return { file: 'aids.csv', line: aid.line, streams };
};

const orderUnit = (row: OrderRow, persons: Map<string, PersonRef>, today: string): Unit => {
  const orderId = importId(`order:${row.orderNo}`);
  const person = persons.get(row.personnummer)!;
  const command: OrderCommand = {
    type: 'PlaceOrder',
    data: {
      orderId,
      personId: person.personId,
      articleNo: row.articleNo,
      prescriberId: row.prescriberId,
      priority: row.priority,
      plannedDeliveryDate: row.plannedDeliveryDate,
      municipality: row.municipality ?? person.municipality,
      payerId: row.payerId,
      ...(row.placedOn ? { placedOn: row.placedOn } : {}),
      today,
    },
  };
  return { file: 'orders.csv', line: row.line, streams: [plan(orderStream(orderId), orderDecider, [command])] };
};

const problemOf = (unit: Unit, error: unknown): ImportProblem => {
  if (!(error instanceof DomainError)) throw error;
  const field = typeof error.details.field === 'string' ? error.details.field : '';
  const column = (COLUMN_OF[unit.file] ?? {})[field] ?? field;
  return { file: unit.file, line: unit.line, column, reason: `${error.code}: ${error.message}` };
};

/** Runs a unit's commands through the deciders in memory, on the stored state where `stateOf` knows one. */
const check = (unit: Unit, stateOf: (streamId: string) => unknown): ImportProblem | null => {
  try {
    for (const stream of unit.streams) {
      let state = stateOf(stream.streamId) ?? stream.decider.initialState();
      for (const command of stream.commands)
        for (const event of stream.decider.decide(command, state)) state = stream.decider.evolve(state, event);
    }
    return null;
  } catch (error) {
    return problemOf(unit, error);
  }
};

/** A file's rows as units, each made only when it is checked or written: 85,000 rows' commands at once cost more
 * in garbage collection than in deciding them. */
type Phase = { file: ImportFile; size: number; unitAt: (index: number) => Unit };

/**
 * The import from the incumbent system. Every file is read and checked first, each row through the deciders
 * (a dry run stops there); a real run with any problem writes nothing. A real run then writes phase by phase
 * (articles, payers, persons, aids, orders) in batches of new streams, skipping every stream that is already in
 * the store, so the same files again append nothing and a run killed half way completes when run again.
 */
export const importFolder = async (
  store: EventStore | null,
  personalData: BulkPersonalData | null,
  options: ImportOptions,
): Promise<ImportReport> => {
  const { today, folder } = options;
  const problems: ImportProblem[] = [];
  const counts: Record<string, number> = {};
  const read = readRows(folder, today, problems, counts);
  const deduplicated: Rows = {
    articles: unique('articles.csv', 'articleNo', read.articles, (a) => a.articleNo, problems),
    payers: unique('payers.csv', 'payerId', read.payers, (p) => p.payerId, problems),
    persons: unique('persons.csv', 'personnummer', read.persons, (p) => p.personnummer, problems),
    aids: unique('aids.csv', 'serialNumber', read.aids, (a) => a.serialNumber, problems),
    orders: unique('orders.csv', 'orderNo', read.orders, (o) => o.orderNo, problems),
  };
  const known = await knownInStore(store, deduplicated);
  const rows = crossCheck(deduplicated, known, problems);
  const report: ImportReport = {
    dryRun: options.dryRun,
    rows: counts,
    problems,
    appendedStreams: 0,
    appendedEvents: 0,
    existingStreams: 0,
    refused: [],
  };

  // Articles already in the store are left as they are; a payer is checked by its decider on its stored state.
  const storedArticles = new Set<string>();
  const storedPayers = new Map<string, unknown>();
  if (store) {
    for (const article of rows.articles)
      if ((await store.readStream(articleStream(article.articleNo), { maxCount: 1 })).length > 0)
        storedArticles.add(articleStream(article.articleNo));
    for (const payer of rows.payers) {
      const events = await store.readStream(payerStream(payer.payerId));
      if (events.length > 0)
        storedPayers.set(
          payerStream(payer.payerId),
          events.reduce(
            (state, event) => payerDecider.evolve(state, { type: 'PayerRegistered', data: event.data } as never),
            payerDecider.initialState(),
          ),
        );
    }
  }
  report.existingStreams += storedArticles.size;
  const newArticles = rows.articles.filter((a) => !storedArticles.has(articleStream(a.articleNo)));
  const phasesOf = (identity: PersonIdentity): Phase[] => {
    let refs: Map<string, PersonRef> | undefined;
    // Unit numbers go to the aids in file order: each pass makes every aid's unit once, in that order.
    const usedUnitNumbers = new Set<string>();
    const persons = () =>
      (refs ??= new Map(
        rows.persons.map((p) => [
          p.personnummer,
          { personId: identity(p.personnummer).personId, municipality: p.municipality },
        ]),
      ));
    return [
      { file: 'articles.csv', size: newArticles.length, unitAt: (i) => articleUnit(newArticles[i]) },
      { file: 'payers.csv', size: rows.payers.length, unitAt: (i) => payerUnit(rows.payers[i]) },
      {
        file: 'persons.csv',
        size: rows.persons.length,
        unitAt: (i) => personUnit(rows.persons[i], identity, today),
      },
      {
        file: 'aids.csv',
        size: rows.aids.length,
        unitAt: (i) => aidUnit(rows.aids[i], persons(), known.articles, today, usedUnitNumbers),
      },
      { file: 'orders.csv', size: rows.orders.length, unitAt: (i) => orderUnit(rows.orders[i], persons(), today) },
    ];
  };

  // The check identity is never stored: the real one is keyed by the vault's HMAC secret.
  const checkIdentity: PersonIdentity = (personnummer) => ({
    claimStreamId: personnummerClaimStream(importId(`check:${personnummer}`)),
    personId: importId(`check:${personnummer}`),
  });
  for (const phase of phasesOf(checkIdentity)) {
    for (let index = 0; index < phase.size; index++) {
      const problem = check(phase.unitAt(index), (streamId) => storedPayers.get(streamId));
      if (problem) problems.push(problem);
      if (index % 5000 === 0) options.onProgress?.(phase.file, index, phase.size);
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column.localeCompare(b.column));
  if (options.dryRun || problems.length > 0) return report;
  if (!store || !personalData) throw new Error('A real import needs the event store and the key vault');

  const identity = realIdentity(personalData);
  const claimed = new Map<string, string>();
  const actor = options.actor ?? 'import';
  const occurredAt = new Date().toISOString();
  const batchSize = options.batchSize ?? 8000;
  // Into an empty store (the usual first import) no stream can exist yet: the per-stream look-ups are skipped.
  const emptyStore = (await store.headPosition()) < 0n;
  if (!emptyStore) await adoptClaims(store, rows.persons, identity, claimed);
  const resolved: PersonIdentity = (personnummer) => {
    const own = identity(personnummer);
    const personId = claimed.get(own.claimStreamId);
    return personId === undefined ? own : { ...own, personId };
  };
  for (const phase of phasesOf(resolved)) {
    options.onProgress?.(phase.file, 0, phase.size);
    for (let start = 0; start < phase.size; start += batchSize) {
      const streams: { unit: Unit; stream: StreamPlan }[] = [];
      for (let index = start; index < Math.min(start + batchSize, phase.size); index++) {
        const unit = phase.unitAt(index);
        for (const stream of unit.streams) streams.push({ unit, stream });
      }
      const exists = emptyStore
        ? new Set<string>()
        : await store.existingStreams(streams.map(({ stream }) => stream.streamId));
      const missing = streams.filter(({ stream }) => !exists.has(stream.streamId));
      report.existingStreams += streams.length - missing.length;
      await personalData.loadKeys(missing.flatMap(({ stream }) => (stream.personId ? [stream.personId] : [])));
      const appends: StreamAppend[] = [];
      for (const { unit, stream } of missing) {
        const correlationId = importId(`${unit.file}:${unit.line}:${stream.streamId}`);
        const metadata = (): Omit<EventMetadata, 'hash'> => ({
          actor,
          occurredAt,
          correlationId,
          causationId: correlationId,
          schemaVersion: 1,
        });
        const personId = stream.personId;
        const append = decideStream(
          stream.streamId,
          stream.decider,
          stream.commands,
          metadata,
          (index) => importId(`${stream.streamId}:${index}`),
          personId ? (event: { type: string; data: JsonObject }) => personalData.encode(personId, event) : undefined,
        );
        if (append.events.length > 0) appends.push(append);
      }
      const settled = await appendNewStreams(store, personalData, appends);
      settled.forEach((outcome, i) => {
        if (outcome.status === 'fulfilled') {
          report.appendedStreams++;
          report.appendedEvents += appends[i].events.length;
        } else {
          const code = (outcome.reason as { code?: string }).code ?? 'UNKNOWN';
          report.refused.push({ stream: appends[i].streamId.split('-')[0], code });
        }
      });
      options.onProgress?.(phase.file, Math.min(start + batchSize, phase.size), phase.size);
    }
  }
  return report;
};

const realIdentity = (personalData: BulkPersonalData): PersonIdentity => {
  const cache = new Map<string, { claimStreamId: string; personId: string }>();
  return (personnummer) => {
    let found = cache.get(personnummer);
    if (!found) {
      const key = personalData.lookupKey(personnummer);
      found = { claimStreamId: personnummerClaimStream(key), personId: importId(`person:${key}`) };
      cache.set(personnummer, found);
    }
    return found;
  };
};

/** A personnummer the store already knows (registered through the API) keeps the person it leads to. */
const adoptClaims = async (
  store: EventStore,
  persons: PersonRow[],
  identity: PersonIdentity,
  claimed: Map<string, string>,
): Promise<void> => {
  const claimStreams = persons.map((p) => identity(p.personnummer).claimStreamId);
  for (let start = 0; start < claimStreams.length; start += 2000) {
    const existing = await store.existingStreams(claimStreams.slice(start, start + 2000));
    const part = [...existing];
    const streams = await Promise.all(part.map((streamId) => store.readStream(streamId)));
    streams.forEach((events, i) => {
      if (events.length === 0) return;
      const state = events.reduce(
        (s, event) => personnummerClaimDecider.evolve(s, { type: event.type, data: event.data } as never),
        personnummerClaimDecider.initialState(),
      );
      if (state.status === 'claimed') claimed.set(part[i], state.personId);
    });
  }
};
