import { eventLog } from '../testing/events.js';
import { evolveSpec, projectionSpec } from '../testing/projection-spec.js';
import { evolveRepairRow, repairMetricsProjection } from './repair-metrics.projection.js';

const spec = projectionSpec(repairMetricsProjection);

const repaired = (reportedOn: string, completedOn: string) => {
  const e = eventLog();
  return [
    e('AidRepairReported', { assetId: 'a1', repairId: 'r1', reportedOn, description: 'broken brake' }),
    e('AidRepaired', { assetId: 'a1', repairId: 'r1', reportedOn, completedOn }),
  ];
};

const within = async (reportedOn: string, completedOn: string) =>
  (await spec.given(...repaired(reportedOn, completedOn)).then('repairs', [{ repair_id: 'r1' }]))[0]
    .within_five_working_days;

describe('repair metrics projection', () => {
  it('keeps an open repair until it is completed', async () => {
    const e = eventLog();
    await spec
      .given(e('AidRepairReported', { assetId: 'a1', repairId: 'r1', reportedOn: '2025-06-18', description: 'x' }))
      .then('repairs', [{ repair_id: 'r1', completed_on: null, within_five_working_days: null }]);
  });

  it('midsommarafton is not a working day: reported Wed 18 June 2025, the 26th is within, the 27th is not', async () => {
    expect(await within('2025-06-18', '2025-06-26')).toBe(1);
    expect(await within('2025-06-18', '2025-06-27')).toBe(0);
  });

  it('Easter: Good Friday and Easter Monday are not working days', async () => {
    // Reported Thu 17 April 2025 → Tue 22 (1), Wed 23 (2), Thu 24 (3), Fri 25 (4), Mon 28 (5).
    expect(await within('2025-04-17', '2025-04-28')).toBe(1);
    expect(await within('2025-04-17', '2025-04-29')).toBe(0);
  });

  it('Christmas to New Year: julafton, juldagen, annandag jul, nyårsafton and nyårsdagen are not working days', async () => {
    // Reported Mon 22 Dec 2025 → Tue 23 (1), Mon 29 (2), Tue 30 (3), Fri 2 Jan (4), Mon 5 Jan (5); 6 Jan is trettondedag jul.
    expect(await within('2025-12-22', '2026-01-05')).toBe(1);
    expect(await within('2025-12-22', '2026-01-07')).toBe(0);
  });

  it('a corrected report or completion day moves the repair in and out of five working days and between months', async () => {
    const e = eventLog();
    const corrected = (field: 'reportedOn' | 'completedOn', from: string, to: string) =>
      e('BusinessDateCorrected', {
        assetId: 'a1',
        revision: field === 'reportedOn' ? 0 : 1,
        eventType: field === 'reportedOn' ? 'AidRepairReported' : 'AidRepaired',
        field,
        from,
        to,
        reason: 'typo',
        repairId: 'r1',
      });
    const [reported, completed] = [
      e('AidRepairReported', { assetId: 'a1', repairId: 'r1', reportedOn: '2025-06-18', description: 'x' }),
      e('AidRepaired', { assetId: 'a1', repairId: 'r1', reportedOn: '2025-06-18', completedOn: '2025-06-26' }),
    ];
    await spec
      .given(reported, completed, corrected('completedOn', '2025-06-26', '2025-07-01'))
      .then('repairs', [{ completed_on: '2025-07-01', completed_month: '2025-07', within_five_working_days: 0 }]);
    await spec
      .given(
        reported,
        completed,
        corrected('completedOn', '2025-06-26', '2025-07-01'),
        corrected('reportedOn', '2025-06-18', '2025-06-25'),
      )
      .then('repairs', [{ reported_on: '2025-06-25', completed_on: '2025-07-01', within_five_working_days: 1 }]);
  });

  it('a correction of another date of the aid leaves its repairs alone', async () => {
    const e = eventLog();
    await spec
      .given(
        e('AidRepairReported', { assetId: 'a1', repairId: 'r1', reportedOn: '2025-06-18', description: 'x' }),
        e('BusinessDateCorrected', {
          assetId: 'a1',
          revision: 0,
          eventType: 'AidInspected',
          field: 'inspectedOn',
          from: '2025-06-18',
          to: '2025-06-17',
          reason: 'typo',
        }),
      )
      .then('repairs', [{ reported_on: '2025-06-18', completed_on: null }]);
  });

  it('groups by the month of completion', async () => {
    await spec
      .given(...repaired('2025-06-27', '2025-07-01'))
      .then('repairs', [{ completed_month: '2025-07', within_five_working_days: 1 }]);
  });
});

describe('repair metrics evolve', () => {
  const repair = evolveSpec(evolveRepairRow);

  it('a completed repair is counted in the month it was completed, within five working days or not', () => {
    repair.given(...repaired('2025-06-18', '2025-06-26')).then({
      repair_id: 'r1',
      asset_id: 'a1',
      reported_on: '2025-06-18',
      completed_on: '2025-06-26',
      completed_month: '2025-06',
      within_five_working_days: 1,
    });
  });

  it('a completion carries the day it was reported, so it needs no earlier row', () => {
    const [, completed] = repaired('2025-06-18', '2025-06-27');
    repair.given(completed).then({
      repair_id: 'r1',
      asset_id: 'a1',
      reported_on: '2025-06-18',
      completed_on: '2025-06-27',
      completed_month: '2025-06',
      within_five_working_days: 0,
    });
  });

  it('reporting the same repair again changes nothing', () => {
    const [reported] = repaired('2025-06-18', '2025-06-26');
    const { row } = repair.given(reported);
    expect(evolveRepairRow(row, reported)).toBe(row);
  });
});
