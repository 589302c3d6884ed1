import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { type Article, type Asset, newIdempotencyKey, type OpenRepair, type Order } from '../api/api-client.js';
import { AssetCard, AssetFinder, type AssetFinderHandle } from '../components/asset-finder.js';
import { LabelActions } from '../components/label-actions.js';
import { InspectionsDue } from '../components/inspections-due.js';
import { RecallUnits } from '../components/recall-units.js';
import {
  DateField,
  Field,
  InputField,
  Notice,
  Section,
  todayInStockholm,
  useAction,
  useApi,
} from '../components/ui.js';
import { formatDay, useI18n } from '../i18n/i18n.js';
import { explainRefusal, warehouseActions } from './asset-actions.js';

const LOCATION_KEY = 'aidledger.location';
const DEFAULT_LOCATION = 'HMC-VASTERAS';

type ActionProps = {
  asset: Asset;
  reload: () => Promise<Asset | undefined>;
  done: (message: string) => void;
  run: ReturnType<typeof useAction>['run'];
  busy: boolean;
};

type ActionFormProps = Omit<ActionProps, 'asset' | 'busy'> & {
  className?: string;
  title?: string;
  perform: () => Promise<unknown>;
  doneMessage: string;
  /** Return false to stop before the command is sent (a confirmation step). */
  mayRun?: () => boolean;
  /** Runs once the command has answered, before `done`. */
  settled?: (succeeded: boolean) => void;
  children: ReactNode;
};

/** One asset command: a refusal reloads the asset and says why, a success reports through `done`. */
const ActionForm = ({
  reload,
  done,
  run,
  className = 'stack',
  title,
  perform,
  doneMessage,
  mayRun,
  settled,
  children,
}: ActionFormProps) => {
  const { t } = useI18n();
  return (
    <form
      className={className}
      onSubmit={async (event) => {
        event.preventDefault();
        if (mayRun && !mayRun()) return;
        const result = await run(perform, undefined, explainRefusal(reload, t));
        settled?.(Boolean(result));
        if (result) done(doneMessage);
      }}
    >
      {title && <h3>{title}</h3>}
      {children}
    </form>
  );
};

const SubmitButton = ({
  busy,
  label,
  className,
  disabled = false,
}: {
  busy: boolean;
  label: string;
  className?: string;
  disabled?: boolean;
}) => {
  const { t } = useI18n();
  return (
    <button type="submit" className={className} disabled={busy || disabled}>
      {busy ? t.saving : label}
    </button>
  );
};

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
          (asset) =>
            asset.unitNumber
              ? t.labels.receivedAs(asset.serialNumber, asset.unitNumber)
              : t.warehouse.received(asset.serialNumber),
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
      <InputField
        label={t.asset.serialNumber}
        name="serialNumber"
        required
        autoComplete="off"
        value={serialNumber}
        onValueChange={setSerialNumber}
      />
      <InputField label={t.asset.location} name="location" required value={location} onValueChange={setLocation} />
      <Notice outcome={outcome} />
      <SubmitButton busy={busy} label={t.warehouse.receive} />
    </form>
  );
};

const AllocateForm = ({ asset, busy, ...form }: ActionProps) => {
  const { t, language } = useI18n();
  const api = useApi();
  const [orders, setOrders] = useState<Order[] | null>(null);
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
    <ActionForm
      {...form}
      title={t.warehouse.allocateTitle}
      perform={() => api.allocate(orderId, asset.assetId)}
      doneMessage={t.warehouse.allocated}
    >
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
                    {t.warehouse.orderOption(
                      order.municipality,
                      formatDay(order.plannedDeliveryDate, language),
                      order.priority,
                    )}{' '}
                    · {order.orderId.slice(0, 8)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SubmitButton busy={busy} disabled={!orderId} label={t.warehouse.allocate} />
        </>
      )}
    </ActionForm>
  );
};

const ReconditionForm = ({ asset, busy, ...form }: ActionProps) => {
  const { t } = useI18n();
  const api = useApi();
  const [reconditionedOn, setReconditionedOn] = useState(todayInStockholm);
  const [location, setLocation] = useState(
    () => asset.location || localStorage.getItem(LOCATION_KEY) || DEFAULT_LOCATION,
  );
  return (
    <ActionForm
      {...form}
      title={t.warehouse.reconditionTitle}
      perform={() => api.recondition(asset.assetId, { reconditionedOn, location: location.trim() }, asset.revision)}
      doneMessage={t.warehouse.reconditioned}
    >
      <div className="row">
        <DateField
          label={t.warehouse.reconditionedOn}
          name="reconditionedOn"
          value={reconditionedOn}
          onValueChange={setReconditionedOn}
        />
        <InputField label={t.asset.location} name="location" required value={location} onValueChange={setLocation} />
      </div>
      <SubmitButton busy={busy} label={t.warehouse.recondition} />
    </ActionForm>
  );
};

const ReportRepairForm = ({ asset, busy, ...form }: ActionProps) => {
  const { t } = useI18n();
  const api = useApi();
  const [reportedOn, setReportedOn] = useState(todayInStockholm);
  const [description, setDescription] = useState('');
  return (
    <ActionForm
      {...form}
      title={t.warehouse.repairTitle}
      perform={() =>
        api.reportRepair(
          asset.assetId,
          { reportedOn, description: description.trim(), repairId: newIdempotencyKey() },
          asset.revision,
        )
      }
      settled={(succeeded) => {
        if (succeeded) setDescription('');
      }}
      doneMessage={t.warehouse.repairReported}
    >
      <DateField label={t.warehouse.reportedOn} name="reportedOn" value={reportedOn} onValueChange={setReportedOn} />
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
      <SubmitButton busy={busy} label={t.warehouse.reportRepair} />
    </ActionForm>
  );
};

const CompleteRepairForm = ({ asset, repair, busy, ...form }: ActionProps & { repair: OpenRepair }) => {
  const { t } = useI18n();
  const api = useApi();
  const [completedOn, setCompletedOn] = useState(todayInStockholm);
  return (
    <ActionForm
      {...form}
      className="stack repair"
      perform={() => api.completeRepair(asset.assetId, repair.repairId, { completedOn }, asset.revision)}
      doneMessage={t.warehouse.repairCompleted}
    >
      <p>{t.warehouse.repairSince(repair.reportedOn, repair.description)}</p>
      <div className="row">
        <DateField
          label={t.warehouse.completedOn}
          name="completedOn"
          min={repair.reportedOn || undefined}
          value={completedOn}
          onValueChange={setCompletedOn}
        />
        <SubmitButton busy={busy} label={t.warehouse.completeRepair} />
      </div>
    </ActionForm>
  );
};

const ScrapForm = ({ asset, busy, ...form }: ActionProps) => {
  const { t } = useI18n();
  const api = useApi();
  const [scrappedOn, setScrappedOn] = useState(todayInStockholm);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  return (
    <ActionForm
      {...form}
      className="stack danger-zone"
      title={t.warehouse.scrapTitle}
      mayRun={() => {
        if (!confirming) setConfirming(true);
        return confirming;
      }}
      perform={() => api.scrap(asset.assetId, { scrappedOn, reason: reason.trim() }, asset.revision)}
      settled={() => setConfirming(false)}
      doneMessage={t.warehouse.scrapped}
    >
      <div className="row">
        <DateField label={t.warehouse.scrappedOn} name="scrappedOn" value={scrappedOn} onValueChange={setScrappedOn} />
        <InputField
          label={t.warehouse.scrapReason}
          name="scrapReason"
          required
          value={reason}
          onValueChange={setReason}
        />
      </div>
      {confirming && (
        <p className="notice notice-warning" role="status">
          {t.warehouse.scrapConfirm}
        </p>
      )}
      <div className="row">
        <SubmitButton busy={busy} className="button-danger" label={t.warehouse.scrap} />
        {confirming && (
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            {t.cancel}
          </button>
        )}
      </div>
    </ActionForm>
  );
};

export const WarehouseScreen = () => {
  const { t } = useI18n();
  const api = useApi();
  const finder = useRef<AssetFinderHandle>(null);
  const [articles, setArticles] = useState<Article[]>([]);
  const [asset, setAsset] = useState<Asset | null>(null);
  const articlesLoad = useAction();
  const actionRunner = useAction();

  useEffect(() => {
    void articlesLoad.run(async () => setArticles((await api.articles()).items));
  }, [api]);

  const show = useCallback(
    (found: Asset) =>
      setAsset((previous) => {
        if (previous?.assetId !== found.assetId) actionRunner.setOutcome(null);
        return found;
      }),
    [actionRunner.setOutcome],
  );

  const reload = useCallback(async (): Promise<Asset | undefined> => {
    if (!asset) return undefined;
    try {
      const fresh = await api.asset(asset.assetId);
      show(fresh);
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
  const repairs = asset?.openRepairs ?? [];
  const props = asset ? { asset, reload, done, run: actionRunner.run, busy: actionRunner.busy } : null;

  return (
    <div className="screen warehouse">
      <h1>{t.warehouse.title}</h1>
      <Notice outcome={articlesLoad.outcome} />
      <div className="columns">
        <div className="column-main">
          <Section title={t.warehouse.findTitle}>
            <AssetFinder ref={finder} onFound={show} hint={t.warehouse.findHint} />
          </Section>
          {asset && props && (
            <Section title={t.warehouse.nextTitle} className="asset-panel">
              <AssetCard asset={asset} articleName={articleName} />
              <LabelActions asset={asset} canAssign onAssigned={() => void reload()} />
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
            <ReceiveForm articles={articles} onReceived={show} />
          </Section>
          <RecallUnits where="inStock" />
        </div>
      </div>
      <InspectionsDue />
    </div>
  );
};
