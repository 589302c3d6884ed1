import { useEffect, useState } from 'react';
import type { FleetItem, InvoiceBasis, PayerFleet } from '../api/api-client.js';
import { ExportButtons } from '../components/export-buttons.js';
import { InvoiceBasisLines, Sek } from '../components/invoice-basis.js';
import { Table } from '../components/table.js';
import { monthOf, Notice, Section, shiftMonth, todayInStockholm, useAction, useApi } from '../components/ui.js';
import { Day, useI18n } from '../i18n/i18n.js';

type PayerView = { fleet: PayerFleet; basis: InvoiceBasis; forecast: InvoiceBasis };

/**
 * What a municipality or region unit pays for: its aids out now, this month's basis so far and next month's forecast.
 * Only its own: the payer comes from the sign-in, the screen offers no other, and the API refuses any other.
 */
export const PayerScreen = ({ payerId }: { payerId: string | null }) => {
  const { t } = useI18n();
  const api = useApi();
  const runningMonth = monthOf(todayInStockholm());
  const nextMonth = shiftMonth(runningMonth, 1);
  const [view, setView] = useState<PayerView | null>(null);
  const loader = useAction();

  useEffect(() => {
    if (!payerId) return;
    void loader
      .run(() =>
        Promise.all([
          api.payerFleet(payerId),
          api.invoiceBasis(payerId, runningMonth),
          api.rentForecast(payerId, nextMonth),
        ]),
      )
      .then((found) => found && setView({ fleet: found[0], basis: found[1], forecast: found[2] }));
  }, [api, payerId]);

  if (!payerId)
    return (
      <div className="screen payer">
        <h1>{t.billing.payerTitle}</h1>
        <p className="notice notice-error" role="alert">
          {t.billing.noPayerInToken}
        </p>
      </div>
    );

  const monthlyRent = view ? view.fleet.items.reduce((sum, item) => sum + item.monthlyRentSek, 0) : 0;
  return (
    <div className="screen payer">
      <h1>{t.billing.payerTitle}</h1>
      <p data-testid="payer-id">
        {t.billing.payer}: <span className="mono">{payerId}</span>
      </p>
      <Notice outcome={loader.outcome} />
      {loader.busy && <p>{t.loading}</p>}
      {view && (
        <>
          <Section title={t.billing.fleetTitle(view.fleet.items.length)}>
            <p className="muted">{t.billing.fleetHint}</p>
            <Table<FleetItem>
              testId="payer-fleet"
              columns={[
                { header: t.asset.article, cell: (item) => item.articleNo },
                { header: t.asset.assetId, className: 'mono', cell: (item) => item.assetId },
                { header: t.billing.personRef, className: 'mono', cell: (item) => item.personRef },
                { header: t.billing.deliveredOn, cell: (item) => <Day value={item.deliveredOn} /> },
                { header: t.billing.payerSince, cell: (item) => <Day value={item.payerSince} /> },
                { header: t.billing.monthlyRent, numeric: true, cell: (item) => <Sek amount={item.monthlyRentSek} /> },
              ]}
              rows={view.fleet.items}
              rowKey={(item) => item.assetId}
              rowAttributes={(item) => ({ 'data-asset-id': item.assetId })}
              empty={t.billing.noFleet}
            />
            <p className="basis-total" data-testid="payer-fleet-total">
              {t.billing.monthlyRentTotal}:{' '}
              <strong>
                <Sek amount={monthlyRent} />
              </strong>
            </p>
          </Section>
          <Section title={t.billing.runningBasisTitle(runningMonth)}>
            <p className="muted">{t.billing.runningBasisHint}</p>
            <InvoiceBasisLines basis={view.basis} testId="payer-basis" />
            <ExportButtons
              name="invoice-basis"
              what={t.billing.exportWhat(payerId, runningMonth)}
              query={{ payerId, month: runningMonth }}
            />
          </Section>
          <Section title={t.billing.forecastTitle(nextMonth)}>
            <p className="muted">{t.billing.forecastHint}</p>
            <InvoiceBasisLines basis={view.forecast} testId="payer-forecast" />
          </Section>
        </>
      )}
    </div>
  );
};
