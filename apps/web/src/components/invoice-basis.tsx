import type { BillingLine, EventRef, InvoiceBasis } from '../api/api-client.js';
import { Day, formatSek, useI18n } from '../i18n/i18n.js';
import { Table } from './table.js';

/** An amount in kronor as the screens' language writes it. */
export const Sek = ({ amount }: { amount: number }) => {
  const { language } = useI18n();
  return <>{formatSek(amount, language)}</>;
};

/** The events a line stands on, folded away: a checker opens it to follow the line back to its facts. */
const Because = ({ refs }: { refs: EventRef[] }) => {
  const { t } = useI18n();
  if (refs.length === 0) return <>{t.none}</>;
  return (
    <details className="because">
      <summary>{t.billing.events(refs.length)}</summary>
      <ul>
        {refs.map((ref) => (
          <li key={`${ref.streamId}@${ref.revision}`} className="mono">
            {ref.streamId}@{ref.revision}
          </li>
        ))}
      </ul>
    </details>
  );
};

const Kind = ({ line }: { line: BillingLine }) => {
  const { t } = useI18n();
  return (
    <>
      {t.billing.kinds[line.kind]}
      {line.corrects && (
        <span className="muted corrects">
          {' '}
          {t.billing.corrects} <span className="mono">{line.corrects}</span>
        </span>
      )}
    </>
  );
};

/** The lines of an invoice basis (or of a forecast), each with what it stands on, and their sum. */
export const InvoiceBasisLines = ({
  basis,
  testId,
  articleName = () => '',
}: {
  basis: InvoiceBasis;
  testId: string;
  articleName?: (articleNo: string) => string;
}) => {
  const { t } = useI18n();
  return (
    <>
      <Table<BillingLine>
        testId={testId}
        columns={[
          { header: t.billing.kind, cell: (line) => <Kind line={line} /> },
          { header: t.asset.assetId, className: 'mono', cell: (line) => line.assetId ?? t.none },
          {
            header: t.asset.article,
            cell: (line) => `${line.articleNo} ${articleName(line.articleNo)}`.trim(),
          },
          { header: t.billing.personRef, className: 'mono', cell: (line) => line.personRef ?? t.none },
          {
            header: t.billing.period,
            cell: (line) =>
              line.periodStart === line.periodEnd ? (
                <Day value={line.periodStart} />
              ) : (
                <>
                  <Day value={line.periodStart} /> – <Day value={line.periodEnd} />
                </>
              ),
          },
          { header: t.billing.amount, numeric: true, cell: (line) => <Sek amount={line.amountSek} /> },
          { header: t.billing.because, cell: (line) => <Because refs={line.because} /> },
        ]}
        rows={basis.lines}
        rowKey={(line) => line.lineId}
        rowAttributes={(line) => ({ 'data-line-id': line.lineId, 'data-kind': line.kind })}
        empty={t.billing.noLines}
      />
      <p className="basis-total" data-testid={`${testId}-total`}>
        {t.billing.total}:{' '}
        <strong>
          <Sek amount={basis.totalSek} />
        </strong>
      </p>
    </>
  );
};
