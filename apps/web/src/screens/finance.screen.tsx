import { useCallback, useEffect, useId, useState } from 'react';
import type { Article, BillingMonth, BillingMonthPayer, InvoiceBasis } from '../api/api-client.js';
import { ExportButtons } from '../components/export-buttons.js';
import { InvoiceBasisLines, Sek } from '../components/invoice-basis.js';
import { Table } from '../components/table.js';
import {
  InputField,
  monthOf,
  Notice,
  Section,
  shiftMonth,
  todayInStockholm,
  useAction,
  useApi,
  useRole,
} from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';

/** Closing the books through a month: only once the month has ended, and only after a second, confirming click. */
const CloseMonth = ({ month, onClosed }: { month: BillingMonth; onClosed: () => void }) => {
  const { t } = useI18n();
  const api = useApi();
  const close = useAction();
  const [confirming, setConfirming] = useState(false);
  const whyId = useId();
  const runningMonth = monthOf(todayInStockholm());
  useEffect(() => setConfirming(false), [month.month]);
  if (month.closed)
    return <p data-testid="month-closed">{t.billing.alreadyClosed(month.closedThrough ?? month.month)}</p>;
  const ended = month.month < runningMonth;
  return (
    <div className="close-month stack">
      {!ended && (
        <p className="muted" id={whyId}>
          {t.billing.notEnded(shiftMonth(month.month, 1))}
        </p>
      )}
      {confirming && (
        <p className="notice notice-warning" role="status">
          {t.billing.closeConfirm(month.month)}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className={confirming ? 'button-danger' : undefined}
          disabled={!ended || close.busy}
          aria-describedby={ended ? undefined : whyId}
          onClick={async () => {
            if (!confirming) return setConfirming(true);
            setConfirming(false);
            const done = await close.run(
              () => api.closeBillingMonth(month.month),
              () => t.billing.closed(month.month),
            );
            if (done) onClosed();
          }}
        >
          {confirming ? t.billing.closeConfirmButton(month.month) : t.billing.close(month.month)}
        </button>
        {confirming && (
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            {t.cancel}
          </button>
        )}
      </div>
      <Notice outcome={close.outcome} />
    </div>
  );
};

/** Finance: a month's totals per payer, one payer's invoice basis line by line, closing the month and exporting. */
export const FinanceScreen = () => {
  const { t } = useI18n();
  const api = useApi();
  const mayClose = ['finance', 'admin'].includes(useRole());
  const [month, setMonth] = useState(() => shiftMonth(monthOf(todayInStockholm()), -1));
  const [figures, setFigures] = useState<BillingMonth | null>(null);
  const [payer, setPayer] = useState<BillingMonthPayer | null>(null);
  const [basis, setBasis] = useState<InvoiceBasis | null>(null);
  const [articles, setArticles] = useState<Article[]>([]);
  const loader = useAction();
  const basisLoader = useAction();

  const showPayer = useCallback(
    async (chosen: BillingMonthPayer, ofMonth: string) => {
      setPayer(chosen);
      setBasis(null);
      const found = await basisLoader.run(() => api.invoiceBasis(chosen.payerId, ofMonth));
      if (found) setBasis(found);
    },
    [api],
  );

  const load = useCallback(
    async (wanted: string, keepPayer: string | null = null) => {
      setFigures(null);
      setPayer(null);
      setBasis(null);
      const found = await loader.run(() => api.billingMonth(wanted));
      if (!found) return;
      setFigures(found);
      const again = found.payers.find((row) => row.payerId === keepPayer);
      if (again) await showPayer(again, found.month);
    },
    [api, showPayer],
  );

  useEffect(() => {
    api
      .articles()
      .then((answer) => setArticles(answer.items))
      .catch(() => setArticles([]));
    void load(month);
  }, [api]);

  const articleName = (articleNo: string) => articles.find((article) => article.articleNo === articleNo)?.name ?? '';
  const payerName = (row: BillingMonthPayer) => row.name ?? row.payerId;

  return (
    <div className="screen finance">
      <h1>{t.billing.financeTitle}</h1>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void load(month);
        }}
      >
        <InputField label={t.billing.month} type="month" name="month" required value={month} onValueChange={setMonth} />
        <button type="submit" disabled={loader.busy}>
          {loader.busy ? t.loading : t.show}
        </button>
      </form>
      <Notice outcome={loader.outcome} />
      {figures && (
        <Section title={t.billing.monthTitle(figures.month)}>
          <p data-testid="month-status">
            <span className={`badge ${figures.closed ? 'badge-closed' : 'badge-open'}`}>
              {figures.closed ? t.billing.statusClosed : t.billing.statusOpen}
            </span>{' '}
            {figures.closedThrough ? t.billing.closedThrough(figures.closedThrough) : t.billing.nothingClosed}
          </p>
          <Table<BillingMonthPayer>
            testId="month-payers"
            columns={[
              {
                header: t.billing.payer,
                rowHeader: true,
                cell: (row) => (
                  <>
                    {payerName(row)} <span className="muted mono">{row.payerId}</span>
                  </>
                ),
              },
              { header: t.billing.lines, numeric: true, cell: (row) => row.lines },
              { header: t.billing.amount, numeric: true, cell: (row) => <Sek amount={row.totalSek} /> },
              {
                header: t.billing.basis,
                cell: (row) => (
                  <button
                    type="button"
                    className="button-secondary"
                    aria-pressed={payer?.payerId === row.payerId}
                    aria-label={t.billing.showBasisOf(payerName(row))}
                    onClick={() => void showPayer(row, figures.month)}
                  >
                    {t.billing.showBasis}
                  </button>
                ),
              },
            ]}
            rows={figures.payers}
            rowKey={(row) => row.payerId}
            rowAttributes={(row) => ({ 'data-payer-id': row.payerId })}
            empty={t.billing.noPayers}
          />
          <p className="basis-total" data-testid="month-total">
            {t.billing.monthTotal}:{' '}
            <strong>
              <Sek amount={figures.totalSek} />
            </strong>
          </p>
          {mayClose && <CloseMonth month={figures} onClosed={() => void load(figures.month, payer?.payerId ?? null)} />}
        </Section>
      )}
      {payer && figures && (
        <Section title={t.billing.basisTitle(payerName(payer), figures.month)}>
          <Notice outcome={basisLoader.outcome} />
          {basis === null && !basisLoader.outcome && <p>{t.loading}</p>}
          {basis && (
            <>
              <p className="muted">{basis.closed ? t.billing.basisClosed : t.billing.basisOpen}</p>
              <InvoiceBasisLines basis={basis} testId="invoice-basis" articleName={articleName} />
              <ExportButtons
                name="invoice-basis"
                what={t.billing.exportWhat(payerName(payer), basis.month)}
                query={{ payerId: basis.payerId, month: basis.month }}
              />
            </>
          )}
        </Section>
      )}
    </div>
  );
};
