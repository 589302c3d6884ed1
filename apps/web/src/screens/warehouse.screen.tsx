import { useCallback, useEffect, useRef, useState } from 'react';
import { newIdempotencyKey } from '../api/api-client.js';
import type { Article, Asset, OpenOrder } from '../api/api-types.js';
import { AssetCard, AssetFinder, type AssetFinderHandle } from '../components/asset-finder.js';
import { Field, Notice, Section, todayInStockholm, useAction, useApi } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';
import { explainRefusal, openRepairs, warehouseActions, type OpenRepair } from './asset-actions.js';

const LOCATION_KEY = 'aidledger.location';
const DEFAULT_LOCATION = 'HMC-VASTERAS';

const ReceiveForm = ({ articles, onReceived }: { articles: Article[]; onReceived: (asset: Asset) => void }) => {
  const { t } = useI18n();
  const api = useApi();
  const [articleNo, setArticleNo] = useState('');
  const [serialNumber, setSerialNumber] = useState('');
  const [location, setLocation] = useState(() => localStorage.getItem(LOCATION_KEY) ?? DEFAULT_LOCATION);
  const { busy, outcome, run } = useAction();
  const individual = articles.filter((article) => article.kind === 'individual');

  return (
    <form
      className="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        const received = await run(
          async () => {
            const result = await api.receiveAsset({
              articleNo,
              serialNumber: serialNumber.trim(),
              location: location.trim(),
            });
            return api.asset(result.id);
          },
          (asset) => t.warehouse.received(asset.serialNumber),
        );
        if (received) {
          localStorage.setItem(LOCATION_KEY, location.trim());
          setSerialNumber('');
          onReceived(received);
        }
      }}
    >
      <Field label={t.asset.article}>
        {(props) => (
          <select
            {...props}
            name="articleNo"
            required
            value={articleNo}
            onChange={(event) => setArticleNo(event.target.value)}
          >
            <option value="">{t.warehouse.chooseArticle}</option>
            {individual.map((article) => (
              <option key={article.articleNo} value={article.articleNo}>
                {article.articleNo} – {article.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.asset.serialNumber}>
        {(props) => (
          <input
            {...props}
            name="serialNumber"
            required
            autoComplete="off"
            value={serialNumber}
            onChange={(event) => setSerialNumber(event.target.value)}
          />
        )}
      </Field>
      <Field label={t.asset.location}>
        {(props) => (
          <input
            {...props}
            name="location"
            required
            value={location}
            onChange={(event) => setLocation(event.target.value)}
          />
        )}
      </Field>
      <Notice outcome={outcome} />
      <button type="submit" disabled={busy}>
        {busy ? t.saving : t.warehouse.receive}
      </button>
    </form>
  );
};

type ActionProps = {
  asset: Asset;
  reload: () => Promise<Asset | undefined>;
  done: (message: string) => void;
  run: ReturnType<typeof useAction>['run'];
  busy: boolean;
};

const AllocateForm = ({ asset, reload, done, run, busy }: ActionProps) => {
  const { t } = useI18n();
  const api = useApi();
  const [orders, setOrders] = useState<OpenOrder[] | null>(null);
  const [orderId, setOrderId] = useState('');
  const loader = useAction();

  useEffect(() => {
    void loader.run(async () => {
      const answer = await api.openOrders();
      const fitting = answer.items
        .filter((order) => order.articleNo === asset.articleNo && !order.assetId)
        .sort((a, b) => a.priority - b.priority || a.plannedDeliveryDate.localeCompare(b.plannedDeliveryDate));
      setOrders(fitting);
      setOrderId(fitting[0]?.orderId ?? '');
    });
  }, [api, asset.articleNo]);

  return (
    <form
      className="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await run(() => api.allocate(orderId, asset.assetId), undefined, explainRefusal(reload, t));
        if (result) done(t.warehouse.allocated);
      }}
    >
      <h3>{t.warehouse.allocateTitle}</h3>
      <Notice outcome={loader.outcome} />
      {orders === null && !loader.outcome && <p>{t.loading}</p>}
      {orders !== null && orders.length === 0 && <p>{t.warehouse.noOpenOrders}</p>}
      {orders !== null && orders.length > 0 && (
        <>
          <Field label={t.warehouse.openOrder}>
            {(props) => (
              <select {...props} name="orderId" value={orderId} onChange={(event) => setOrderId(event.target.value)}>
                {orders.map((order) => (
                  <option key={order.orderId} value={order.orderId}>
                    {t.warehouse.orderOption(order.municipality, order.plannedDeliveryDate, order.priority)} ·{' '}
                    {order.orderId.slice(0, 8)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" disabled={busy || !orderId}>
            {busy ? t.saving : t.warehouse.allocate}
          </button>
        </>
      )}
    </form>
  );
};

const ReconditionForm = ({ asset, reload, done, run, busy }: ActionProps) => {
  const { t } = useI18n();
  const api = useApi();
  const [reconditionedOn, setReconditionedOn] = useState(todayInStockholm);
  const [location, setLocation] = useState(
    () => asset.location || localStorage.getItem(LOCATION_KEY) || DEFAULT_LOCATION,
  );
  return (
    <form
      className="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await run(
          () => api.recondition(asset.assetId, { reconditionedOn, location: location.trim() }, asset.revision),
          undefined,
          explainRefusal(reload, t),
        );
        if (result) done(t.warehouse.reconditioned);
      }}
    >
      <h3>{t.warehouse.reconditionTitle}</h3>
      <div className="row">
        <Field label={t.warehouse.reconditionedOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="reconditionedOn"
              required
              max={todayInStockholm()}
              value={reconditionedOn}
              onChange={(event) => setReconditionedOn(event.target.value)}
            />
          )}
        </Field>
        <Field label={t.asset.location}>
          {(props) => (
            <input
              {...props}
              name="location"
              required
              value={location}
              onChange={(event) => setLocation(event.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="submit" disabled={busy}>
        {busy ? t.saving : t.warehouse.recondition}
      </button>
    </form>
  );
};

const ReportRepairForm = ({ asset, reload, done, run, busy }: ActionProps) => {
  const { t } = useI18n();
  const api = useApi();
  const [reportedOn, setReportedOn] = useState(todayInStockholm);
  const [description, setDescription] = useState('');
  return (
    <form
      className="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await run(
          () =>
            api.reportRepair(
              asset.assetId,
              { reportedOn, description: description.trim(), repairId: newIdempotencyKey() },
              asset.revision,
            ),
          undefined,
          explainRefusal(reload, t),
        );
        if (result) {
          setDescription('');
          done(t.warehouse.repairReported);
        }
      }}
    >
      <h3>{t.warehouse.repairTitle}</h3>
      <Field label={t.warehouse.reportedOn}>
        {(props) => (
          <input
            {...props}
            type="date"
            name="reportedOn"
            required
            max={todayInStockholm()}
            value={reportedOn}
            onChange={(event) => setReportedOn(event.target.value)}
          />
        )}
      </Field>
      <Field label={t.warehouse.description}>
        {(props) => (
          <textarea
            {...props}
            name="description"
            required
            rows={2}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? t.saving : t.warehouse.reportRepair}
      </button>
    </form>
  );
};

const CompleteRepairForm = ({ asset, repair, reload, done, run, busy }: ActionProps & { repair: OpenRepair }) => {
  const { t } = useI18n();
  const api = useApi();
  const [completedOn, setCompletedOn] = useState(todayInStockholm);
  return (
    <form
      className="stack repair"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await run(
          () => api.completeRepair(asset.assetId, repair.repairId, { completedOn }, asset.revision),
          undefined,
          explainRefusal(reload, t),
        );
        if (result) done(t.warehouse.repairCompleted);
      }}
    >
      <p>{t.warehouse.repairSince(repair.reportedOn, repair.description)}</p>
      <div className="row">
        <Field label={t.warehouse.completedOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="completedOn"
              required
              min={repair.reportedOn || undefined}
              max={todayInStockholm()}
              value={completedOn}
              onChange={(event) => setCompletedOn(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? t.saving : t.warehouse.completeRepair}
        </button>
      </div>
    </form>
  );
};

const ScrapForm = ({ asset, reload, done, run, busy }: ActionProps) => {
  const { t } = useI18n();
  const api = useApi();
  const [scrappedOn, setScrappedOn] = useState(todayInStockholm);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  return (
    <form
      className="stack danger-zone"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!confirming) {
          setConfirming(true);
          return;
        }
        const result = await run(
          () => api.scrap(asset.assetId, { scrappedOn, reason: reason.trim() }, asset.revision),
          undefined,
          explainRefusal(reload, t),
        );
        setConfirming(false);
        if (result) done(t.warehouse.scrapped);
      }}
    >
      <h3>{t.warehouse.scrapTitle}</h3>
      <div className="row">
        <Field label={t.warehouse.scrappedOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="scrappedOn"
              required
              max={todayInStockholm()}
              value={scrappedOn}
              onChange={(event) => setScrappedOn(event.target.value)}
            />
          )}
        </Field>
        <Field label={t.warehouse.scrapReason}>
          {(props) => (
            <input
              {...props}
              name="scrapReason"
              required
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </Field>
      </div>
      {confirming && (
        <p className="notice notice-warning" role="status">
          {t.warehouse.scrapConfirm}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button-danger" disabled={busy}>
          {busy ? t.saving : t.warehouse.scrap}
        </button>
        {confirming && (
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            {t.cancel}
          </button>
        )}
      </div>
    </form>
  );
};

export const WarehouseScreen = () => {
  const { t } = useI18n();
  const api = useApi();
  const finder = useRef<AssetFinderHandle>(null);
  const [articles, setArticles] = useState<Article[]>([]);
  const [asset, setAsset] = useState<Asset | null>(null);
  const [repairs, setRepairs] = useState<OpenRepair[]>([]);
  const articlesLoad = useAction();
  const actionRunner = useAction();

  useEffect(() => {
    void articlesLoad.run(async () => setArticles((await api.articles()).items));
  }, [api]);

  const show = useCallback(
    async (found: Asset) => {
      setAsset((previous) => {
        if (previous?.assetId !== found.assetId) actionRunner.setOutcome(null);
        return found;
      });
      try {
        setRepairs(openRepairs((await api.history(found.assetId)).events));
      } catch {
        setRepairs([]);
      }
    },
    [api],
  );

  const reload = useCallback(async (): Promise<Asset | undefined> => {
    if (!asset) return undefined;
    try {
      const fresh = await api.asset(asset.assetId);
      await show(fresh);
      return fresh;
    } catch {
      return undefined;
    }
  }, [api, asset, show]);

  const done = (message: string) => {
    actionRunner.setOutcome({ kind: 'success', message });
    void reload();
    finder.current?.focus();
  };

  const articleName = asset ? articles.find((article) => article.articleNo === asset.articleNo)?.name : undefined;
  const actions = asset ? warehouseActions(asset.status) : [];
  const props = asset ? { asset, reload, done, run: actionRunner.run, busy: actionRunner.busy } : null;

  return (
    <div className="screen warehouse">
      <h1>{t.warehouse.title}</h1>
      <Notice outcome={articlesLoad.outcome} />
      <div className="columns">
        <div className="column-main">
          <Section title={t.warehouse.findTitle}>
            <AssetFinder ref={finder} onFound={(found) => void show(found)} hint={t.warehouse.findHint} />
          </Section>
          {asset && props && (
            <Section title={t.warehouse.nextTitle} className="asset-panel">
              <AssetCard asset={asset} articleName={articleName} />
              <Notice outcome={actionRunner.outcome} />
              {actions.length === 0 && repairs.length === 0 && <p>{t.warehouse.noActions}</p>}
              <div className="actions" key={asset.assetId}>
                {actions.includes('allocate') && <AllocateForm {...props} />}
                {actions.includes('recondition') && <ReconditionForm {...props} />}
                {repairs.length > 0 && asset.status !== 'scrapped' && (
                  <div className="stack">
                    <h3>{t.warehouse.openRepairs}</h3>
                    {repairs.map((repair) => (
                      <CompleteRepairForm key={repair.repairId} {...props} repair={repair} />
                    ))}
                  </div>
                )}
                {actions.includes('reportRepair') && <ReportRepairForm {...props} />}
                {actions.includes('scrap') && <ScrapForm {...props} />}
              </div>
            </Section>
          )}
        </div>
        <div className="column-side">
          <Section title={t.warehouse.receiveTitle}>
            <ReceiveForm articles={articles} onReceived={(received) => void show(received)} />
          </Section>
        </div>
      </div>
    </div>
  );
};
