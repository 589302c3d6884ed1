import { isDeepStrictEqual } from 'node:util';
import { verifyStreamChain } from '../../../libs/event-store/src/command-loop.js';
import type { EventStore, RecordedEvent } from '../../../libs/event-store/src/event-store.port.js';
import type { SentCommand } from './crash-client.js';
import type { CommandAnswer } from './crash-workload.js';

/** The actor of the order-fulfilment workflow: its events answer deliveries, not client commands. */
const WORKFLOW_ACTOR = 'process:order-fulfilment';

type StoredEvent = RecordedEvent & { correlationId: string; actor: string };

export type StoreAudit = {
  events: number;
  answers: number;
  replayedAnswers: number;
  /** Commands whose send met a kill before any answer: already written when it was killed, or not. */
  cutBeforeAnswer: { written: number; notWritten: number };
  /** Every list empty is a pass; each entry names the command or stream and what is wrong. */
  problems: Record<(typeof STORE_PROBLEMS)[number], string[]>;
};

/** What the store audit looks for, each a list that must stay empty. */
export const STORE_PROBLEMS = [
  'unanswered',
  'refused',
  'answerDiffers',
  'replayNotMarked',
  'acknowledgedButLost',
  'appliedTwice',
  'notOnePerSerialNumber',
  'notOnePerPersonnummer',
  'notOnePerUnitNumber',
  'notOneFulfilmentPerDeliveredOrder',
  'unexplainedEvents',
  'positionGaps',
  'brokenChains',
] as const;

/** Events read per page: the whole log is read through the port, whichever store holds it. */
const PAGE = 5000;

/** Every event of the store through the EventStore port, as any reader of the log sees it. */
export const readStoredEvents = async (store: EventStore): Promise<StoredEvent[]> => {
  const events: StoredEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: events.at(-1)?.position, maxCount: PAGE });
    events.push(
      ...page.map((event) => ({ ...event, correlationId: event.metadata.correlationId, actor: event.metadata.actor })),
    );
    if (page.length < PAGE) return events;
  }
};

export const countEventsOfType = async (store: EventStore, type: string): Promise<number> => {
  let count = 0;
  let after: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE, filter: { eventTypes: [type] } });
    count += page.length;
    after = page.at(-1)?.position;
    if (page.length < PAGE) return count;
  }
};

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
};

const notOnce = (groups: Map<string, unknown[]>, what: string): string[] =>
  [...groups].filter(([, group]) => group.length !== 1).map(([name, group]) => `${what} ${name}: ${group.length}`);

const isSuccess = (status: number): boolean => status >= 200 && status < 300;

/**
 * Holds the client's answers against the store: every acknowledged command is in the store where its answer
 * says, no command wrote its events twice, and every answer to a command is its first answer again.
 */
export const auditStore = (events: readonly StoredEvent[], sent: Iterable<SentCommand>): StoreAudit => {
  const problems = Object.fromEntries(STORE_PROBLEMS.map((name) => [name, [] as string[]])) as StoreAudit['problems'];
  const byPosition = new Map(events.map((event) => [Number(event.position), event]));
  const byCommand = groupBy(
    events.filter((event) => event.actor !== WORKFLOW_ACTOR),
    (event) => event.correlationId,
  );
  const deliveredOrders = new Set<string>();
  let answers = 0;
  let replayedAnswers = 0;
  const cutBeforeAnswer = { written: 0, notWritten: 0 };

  for (const { command, answers: got, firstAnsweredAt, cutUnansweredAt } of sent) {
    const { key } = command;
    answers += got.length;
    replayedAnswers += got.filter((answer) => answer.replayed).length;
    const first = got[0];
    if (!first) {
      problems.unanswered.push(key);
      continue;
    }
    const firstShape = { status: first.status, body: first.body, etag: first.etag };
    for (const answer of got) {
      if (!isSuccess(answer.status)) problems.refused.push(`${key}: ${answer.status} ${JSON.stringify(answer.body)}`);
      if (!isDeepStrictEqual({ status: answer.status, body: answer.body, etag: answer.etag }, firstShape))
        problems.answerDiffers.push(
          `${key}: first ${JSON.stringify(firstShape)}, then on ${answer.instance} ${JSON.stringify({ status: answer.status, body: answer.body, etag: answer.etag })}`,
        );
      // A send that left after the first answer arrived finds the command's events: it must say it replayed.
      if (firstAnsweredAt !== null && answer.sentAt > firstAnsweredAt && !answer.replayed)
        problems.replayNotMarked.push(`${key} on ${answer.instance}`);
    }
    const written = byCommand.get(key) ?? [];
    byCommand.delete(key);
    if (written.length > command.events)
      problems.appliedTwice.push(
        `${key}: ${written.length} events, expected ${command.events}: ${written.map((e) => `${e.streamId}@${e.revision} ${e.type}`).join(', ')}`,
      );
    if (!isSuccess(first.status)) continue;
    const body = first.body as CommandAnswer;
    const stream = typeof command.stream === 'string' ? command.stream : command.stream(body.id);
    const landed = byPosition.get(body.position);
    if (
      written.length < command.events ||
      !landed ||
      landed.streamId !== stream ||
      landed.revision !== BigInt(body.streamRevision) ||
      landed.type !== command.eventType ||
      landed.correlationId !== key
    )
      problems.acknowledgedButLost.push(
        `${key}: answered ${JSON.stringify(body)} (${stream} ${command.eventType}); ` +
          `at that position: ${landed ? `${landed.streamId}@${landed.revision} ${landed.type} by ${landed.correlationId}` : 'nothing'}; ` +
          `${written.length} of ${command.events} events written`,
      );
    if (command.eventType === 'AidDelivered') deliveredOrders.add(String(command.body.orderId));
    if (cutUnansweredAt !== null && landed) {
      if (Date.parse(landed.recordedAt) < cutUnansweredAt) cutBeforeAnswer.written++;
      else cutBeforeAnswer.notWritten++;
    }
  }

  for (const [correlationId, written] of byCommand)
    problems.unexplainedEvents.push(`${correlationId}: ${written.map((e) => `${e.streamId} ${e.type}`).join(', ')}`);

  const ofType = (type: string) => events.filter((event) => event.type === type);
  problems.notOnePerSerialNumber = notOnce(
    groupBy(ofType('AssetRegistered'), (event) => String(event.data.serialNumber)),
    'serial number',
  );
  // Named by the persons' streams: a personnummer is personal data, even a made-up one.
  problems.notOnePerPersonnummer = [
    ...[...groupBy(ofType('PersonRegistered'), (event) => String(event.data.personnummer)).values()]
      .filter((registered) => registered.length !== 1)
      .map((registered) => `one personnummer in ${registered.map((event) => event.streamId).join(', ')}`),
    ...notOnce(
      groupBy(ofType('PersonnummerClaimed'), (event) => event.streamId),
      'claim stream',
    ),
  ];
  // Lookup by personnummer answers the claim's person: it must be the person registered, and every one claimed.
  const registered = new Set(ofType('PersonRegistered').map((event) => event.streamId));
  const claimed = new Set(ofType('PersonnummerClaimed').map((event) => `person-${String(event.data.personId)}`));
  for (const person of claimed)
    if (!registered.has(person)) problems.notOnePerPersonnummer.push(`${person} claimed, not registered`);
  for (const person of registered)
    if (!claimed.has(person)) problems.notOnePerPersonnummer.push(`${person} registered, not claimed`);
  // Scanning a unit number answers its claim's aid: it must be the aid received with it, each number claimed once.
  problems.notOnePerUnitNumber = [
    ...notOnce(
      groupBy(ofType('AssetRegistered'), (event) => String(event.data.unitNumber)),
      'unit number',
    ),
    ...notOnce(
      groupBy(ofType('UnitNumberClaimed'), (event) => event.streamId),
      'claim stream',
    ),
  ];
  const claimedBy = new Map(
    ofType('UnitNumberClaimed').map((event) => [String(event.data.unitNumber), String(event.data.assetId)]),
  );
  for (const event of ofType('AssetRegistered'))
    if (claimedBy.get(String(event.data.unitNumber)) !== event.data.assetId)
      problems.notOnePerUnitNumber.push(
        `${event.streamId} received with ${String(event.data.unitNumber)}, not its claim`,
      );
  const fulfilments = groupBy(ofType('OrderFulfilled'), (event) => String(event.data.orderId));
  for (const orderId of deliveredOrders) if (!fulfilments.has(orderId)) fulfilments.set(orderId, []);
  problems.notOneFulfilmentPerDeliveredOrder = [
    ...notOnce(fulfilments, 'order'),
    ...[...fulfilments.keys()]
      .filter((orderId) => !deliveredOrders.has(orderId))
      .map((id) => `order ${id} not delivered`),
  ];

  events.forEach((event, index) => {
    if (event.position !== BigInt(index)) problems.positionGaps.push(`position ${event.position} at index ${index}`);
  });
  for (const [streamId, stream] of groupBy(events, (event) => event.streamId)) {
    const chain = verifyStreamChain(stream);
    if (!chain.valid) problems.brokenChains.push(`${streamId} at revision ${chain.brokenAtRevision}`);
  }
  return { events: events.length, answers, replayedAnswers, cutBeforeAnswer, problems };
};
