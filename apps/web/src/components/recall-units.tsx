import { useCallback, useEffect, useState } from 'react';
import type { OpenRecallUnit } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { Table } from './table.js';
import { DateField, InputField, Notice, type Outcome, Section, todayInStockholm, useAction, useApi } from './ui.js';

/** Marks one recalled aid done: the day and what was found or done. */
const DoneForm = ({ unit, onDone }: { unit: OpenRecallUnit; onDone: (message: string) => void }) => {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const [doneOn, setDoneOn] = useState(todayInStockholm());
  const [outcome, setOutcome] = useState('');
  const name = unit.unitNumber ?? unit.serialNumber;
  return (
    <form
      className="row"
      aria-label={`${t.recalls.markDone} ${name}`}
      onSubmit={async (event) => {
        event.preventDefault();
        // Only a failure is told in the row: once done, the aid leaves the list, and its row with it.
        const answer = await action.run(() => api.markRecallUnitDone(unit.recallId, unit.assetId, { doneOn, outcome }));
        if (answer) onDone(t.recalls.markedDone(name));
      }}
    >
      <DateField label={t.recalls.doneOn} value={doneOn} onValueChange={setDoneOn} required />
      <InputField label={t.recalls.outcome} value={outcome} onValueChange={setOutcome} required maxLength={500} />
      <button type="submit" disabled={action.busy}>
        {t.recalls.markDone}
      </button>
      <Notice outcome={action.outcome} />
    </form>
  );
};

/**
 * The recalled aids still to deal with where this screen works: in stock for the warehouse, on loan for transport,
 * each with its recall's action (inspect, pick up, replace).
 */
export const RecallUnits = ({ where }: { where: 'inStock' | 'onLoan' }) => {
  const { t } = useI18n();
  const api = useApi();
  const load = useAction();
  const [units, setUnits] = useState<OpenRecallUnit[]>([]);
  const [done, setDone] = useState<Outcome>(null);
  const { run } = load;
  const reload = useCallback(
    () => void run(async () => setUnits((await api.openRecallUnits(where)).items)),
    [api, run, where],
  );
  useEffect(reload, [reload]);
  return (
    <Section title={t.recalls.unitsTitle} className="recall-units">
      <Notice outcome={load.outcome} />
      <Notice outcome={done} />
      <Table
        testId={`recall-units-${where}`}
        rows={units}
        rowKey={(unit) => `${unit.recallId}:${unit.assetId}`}
        rowAttributes={(unit) => ({ 'data-asset-id': unit.assetId })}
        empty={t.recalls.noUnits}
        columns={[
          { header: t.recalls.unit, cell: (unit) => unit.unitNumber ?? unit.serialNumber, rowHeader: true },
          { header: t.recalls.action, cell: (unit) => t.recalls.actions[unit.action] ?? unit.action },
          { header: t.recalls.title, cell: (unit) => unit.title },
          { header: t.recalls.location, cell: (unit) => unit.location },
          {
            header: t.recalls.markDone,
            cell: (unit) => (
              <DoneForm
                unit={unit}
                onDone={(message) => {
                  setDone({ kind: 'success', message });
                  reload();
                }}
              />
            ),
          },
        ]}
      />
    </Section>
  );
};
