import type { Role } from '../../../apps/api/src/auth/roles.js';
import { todayInStockholm } from '../../../apps/api/src/clock/clock.js';
import { SeededRandom } from '../../../apps/api/src/demo/seeded-random.js';
import { validPersonnummer } from '../../support/fixtures.js';

/** A command as a client sends it, every time with the same key and body. */
export type Command = {
  /** Idempotency-Key, also sent as X-Correlation-Id so the store shows which events it wrote. */
  key: string;
  role: Role;
  path: string;
  body: Record<string, unknown>;
  /** Where its answer says it landed: the stream at the answer's position, and the event type there. */
  stream: string | ((answerId: string) => string);
  eventType: string;
  /** Events it appends in all: a registration also claims the personnummer. */
  events: number;
};

export type CommandAnswer = { id: string; streamRevision: number; position: number };

/** Sends a command until it is answered (across kills and restarts) and gives its answer body. */
export type Send = (command: Command) => Promise<CommandAnswer>;

type Aid = { n: number; articleNo: string; personId: string; assetId: string; orderId: string; repairId: string };

type Step = Omit<Command, 'key'> & { remember?: 'personId' | 'assetId' | 'orderId' | 'repairId' };

const LOCATION = 'VAS-HUVUDLAGER';
/** Every business day in the workload: the day it was planned, in Stockholm. */
export const WORKLOAD_DAY = todayInStockholm();
const today = WORKLOAD_DAY;

const orderBody = (aid: Aid) => ({
  personId: aid.personId,
  articleNo: aid.articleNo,
  prescriberId: 'FS-1042',
  priority: 1 + (aid.n % 3),
  plannedDeliveryDate: today,
  municipality: 'Västerås',
  payerId: 'KUND-VASTERAS',
  placedOn: today,
});

const onAsset = (aid: Aid, action: string, eventType: string, role: Role, body: Record<string, unknown>): Step => ({
  role,
  path: `/api/assets/${aid.assetId}/${action}`,
  body,
  stream: `asset-${aid.assetId}`,
  eventType,
  events: 1,
});

/** Every step of an aid's life the workload takes, as the HTTP contract has it; created ids come from the answers. */
const STEPS = {
  registerPerson: (aid: Aid): Step => ({
    role: 'planner',
    path: '/api/persons',
    body: {
      personnummer: validPersonnummer(aid.n % 1000, 1 + (Math.floor(aid.n / 1000) % 365)),
      sex: 'female',
      municipality: 'Västerås',
    },
    stream: (id) => `person-${id}`,
    eventType: 'PersonRegistered',
    events: 2,
    remember: 'personId',
  }),
  receiveAid: (aid: Aid): Step => ({
    role: 'warehouse',
    path: '/api/assets',
    body: { articleNo: aid.articleNo, serialNumber: `SN-${aid.n}`, location: LOCATION, receivedOn: today },
    stream: (id) => `asset-${id}`,
    eventType: 'AssetRegistered',
    // The unit number's claim, then the receipt.
    events: 2,
    remember: 'assetId',
  }),
  placeOrder: (aid: Aid): Step => ({
    role: 'planner',
    path: '/api/orders',
    body: orderBody(aid),
    stream: (id) => `order-${id}`,
    eventType: 'OrderPlaced',
    events: 1,
    remember: 'orderId',
  }),
  allocate: (aid: Aid): Step => ({
    role: 'warehouse',
    path: `/api/orders/${aid.orderId}/allocate`,
    body: { assetId: aid.assetId, allocatedOn: today },
    stream: `asset-${aid.assetId}`,
    eventType: 'AssetAllocated',
    events: 1,
  }),
  dispatch: (aid: Aid) =>
    onAsset(aid, 'dispatch', 'AidDispatched', 'transport', {
      orderId: aid.orderId,
      routeId: `R${aid.n % 7}`,
      dispatchedOn: today,
    }),
  deliveryFailed: (aid: Aid) =>
    onAsset(aid, 'delivery-failed', 'AidDeliveryFailed', 'transport', {
      orderId: aid.orderId,
      reason: 'Ingen hemma',
      rescheduledTo: today,
      failedOn: today,
    }),
  deliver: (aid: Aid) =>
    onAsset(aid, 'deliver', 'AidDelivered', 'transport', { orderId: aid.orderId, deliveredOn: today }),
  reportRepair: (aid: Aid): Step => ({
    ...onAsset(aid, 'repairs', 'AidRepairReported', 'warehouse', { reportedOn: today, description: 'Broms glappar' }),
    remember: 'repairId',
  }),
  completeRepair: (aid: Aid) =>
    onAsset(aid, `repairs/${aid.repairId}/complete`, 'AidRepaired', 'warehouse', { completedOn: today }),
  movePerson: (aid: Aid): Step => ({
    role: 'planner',
    path: `/api/persons/${aid.personId}/move`,
    body: { municipality: 'Sala', movedOn: today },
    stream: `person-${aid.personId}`,
    eventType: 'PersonMoved',
    events: 1,
  }),
  return: (aid: Aid) =>
    onAsset(aid, 'return', 'AidReturned', 'transport', { returnedOn: today, reason: 'Behövs inte längre' }),
  recondition: (aid: Aid) =>
    onAsset(aid, 'recondition', 'AidReconditioned', 'warehouse', { reconditionedOn: today, location: LOCATION }),
  inspect: (aid: Aid) => onAsset(aid, 'inspect', 'AidInspected', 'warehouse', { inspectedOn: today, passed: true }),
  /** A failed inspection takes the aid out of service: only planned where no later loan follows. */
  failInspection: (aid: Aid) =>
    onAsset(aid, 'inspect', 'AidInspected', 'warehouse', { inspectedOn: today, passed: false }),
  scrap: (aid: Aid) => onAsset(aid, 'scrap', 'AidScrapped', 'warehouse', { scrappedOn: today, reason: 'Uttjänt' }),
} satisfies Record<string, (aid: Aid) => Step>;

export type StepName = keyof typeof STEPS;

/** One aid's life for one person: each step waits for the answer of the one before it. */
export type Lifecycle = { n: number; articleNo: string; steps: StepName[] };

const lifecycleSteps = (random: SeededRandom): StepName[] => {
  const steps: StepName[] = ['registerPerson', 'receiveAid', 'placeOrder', 'allocate', 'dispatch'];
  if (random.chance(0.3)) steps.push('deliveryFailed', 'dispatch');
  steps.push('deliver');
  if (random.chance(0.5)) steps.push('reportRepair', 'completeRepair');
  if (random.chance(0.3)) steps.push('movePerson');
  steps.push('return', 'recondition');
  const inspected = random.chance(0.4);
  const lentAgain = random.chance(0.3);
  // An aid that fails its inspection is out of service (ASSET.OUT_OF_SERVICE): it is not lent again.
  if (inspected) steps.push(!lentAgain && random.chance(0.2) ? 'failInspection' : 'inspect');
  if (lentAgain) steps.push('placeOrder', 'allocate', 'dispatch', 'deliver', 'return', 'recondition');
  if (random.chance(0.2)) steps.push('scrap');
  return steps;
};

export type Workload = { articles: Command[]; lifecycles: Lifecycle[]; commands: number };

/** Articles first, then aid lifecycles until about `commands` commands; the same seed gives the same workload. */
export const planWorkload = (runId: string, commands: number, seed: number): Workload => {
  const random = new SeededRandom(seed);
  const articles: Command[] = Array.from({ length: 6 }, (_, i) => {
    const articleNo = `CR-${i}`;
    return {
      key: `${runId}.article.${i}`,
      role: 'warehouse',
      path: '/api/articles',
      body: {
        articleNo,
        name: 'Manuell rullstol',
        isoCode: '12 22 03',
        kind: 'individual',
        rentable: true,
        monthlyRentSek: 250,
        purchasePriceSek: 8000,
        inspectionIntervalMonths: 12,
      },
      stream: `article-${articleNo}`,
      eventType: 'ArticleRegistered',
      events: 1,
    };
  });
  const lifecycles: Lifecycle[] = [];
  let planned = articles.length;
  while (planned < commands) {
    const n = lifecycles.length;
    const steps = lifecycleSteps(random);
    lifecycles.push({ n, articleNo: `CR-${n % articles.length}`, steps });
    planned += steps.length;
  }
  return { articles, lifecycles, commands: planned };
};

/** Runs a lifecycle's steps in order through `send`; its commands' keys name the run, the lifecycle and the step. */
export const runLifecycle = async (runId: string, lifecycle: Lifecycle, send: Send): Promise<void> => {
  const aid: Aid = {
    n: lifecycle.n,
    articleNo: lifecycle.articleNo,
    personId: '',
    assetId: '',
    orderId: '',
    repairId: '',
  };
  for (const [index, name] of lifecycle.steps.entries()) {
    const { remember, ...step } = STEPS[name](aid);
    const answer = await send({ ...step, key: `${runId}.aid.${lifecycle.n}.${index}` });
    if (remember) aid[remember] = answer.id;
  }
};
