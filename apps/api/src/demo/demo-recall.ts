import { addSwedishWorkingDays } from '@aidledger/domain';
import type { CommandContext } from '@aidledger/event-store';
import { OnRecall } from '../command-bus/aggregate-commands.js';
import type { CommandScheduler } from './command-scheduler.js';
import { demoId } from './demo-ids.js';
import type { ImportedAid } from './on-loan-import.js';

/** The mobile person lift: a recall of a lift is what the centre fears most. */
const RECALLED_ARTICLE = '100501';
const UNITS = 12;
const DONE = 5;
const ISSUED_WORKING_DAYS_BEFORE_END = 6;

/**
 * A recall in progress at the end of the demo history: a field safety notice on a run of serial numbers of the
 * mobile person lift (the imported aids carry no lot, so the notice names their serial range), issued six working
 * days before the end, with five of its twelve units inspected since. The scope is the article's imported aids in
 * that range, as `POST /api/recalls` would select it (aids received later have serials of another length).
 */
export const issueDemoRecall = (
  commands: CommandScheduler,
  imported: readonly ImportedAid[],
  { seed, actor, lastDay }: { seed: number; actor: string; lastDay: string },
): void => {
  const lifts = imported
    .filter((aid) => aid.articleNo === RECALLED_ARTICLE)
    .sort((a, b) => a.serialNumber.localeCompare(b.serialNumber));
  const start = Math.min(10, Math.max(0, lifts.length - UNITS));
  const units = lifts.slice(start, start + UNITS);
  if (units.length === 0) return;
  const recallId = demoId(seed, 'recall', 0);
  const issuedOn = addSwedishWorkingDays(lastDay, -ISSUED_WORKING_DAYS_BEFORE_END);
  const context = (ordinal: number): CommandContext => ({
    actor,
    correlationId: demoId(seed, 'recall-correlation', ordinal),
  });
  commands.submit(`recall:${recallId}`, async () => {
    await commands.send(
      new OnRecall(
        recallId,
        {
          type: 'IssueRecall',
          data: {
            title: 'Lyftbygelns fäste kan spricka vid full last',
            articleNo: RECALLED_ARTICLE,
            lots: null,
            serialFrom: units[0].serialNumber,
            serialTo: units[units.length - 1].serialNumber,
            action: 'inspect',
            issuedOn,
            affected: units.map((unit) => unit.assetId),
          },
        },
        context(0),
      ),
    );
    for (const [index, unit] of units.slice(0, DONE).entries())
      await commands.send(
        new OnRecall(
          recallId,
          {
            type: 'MarkRecallUnitDone',
            data: {
              assetId: unit.assetId,
              doneOn: addSwedishWorkingDays(issuedOn, 1 + index),
              outcome: 'Bygelns fäste inspekterat, utan anmärkning',
            },
          },
          context(1 + index),
        ),
      );
  });
};
