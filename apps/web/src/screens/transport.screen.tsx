import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type {
  Article,
  Asset,
  CommandResult,
  HomeInspection,
  PickupStop,
  Recipient,
  RouteItem,
} from '../api/api-client.js';
import { AssetCard, AssetFinder } from '../components/asset-finder.js';
import { LabelActions } from '../components/label-actions.js';
import { RecallUnits } from '../components/recall-units.js';
import {
  DateField,
  InputField,
  Notice,
  Section,
  StatusBadge,
  todayInStockholm,
  useAction,
  useApi,
} from '../components/ui.js';
import { Day, useI18n } from '../i18n/i18n.js';
import { explainRefusal } from './asset-actions.js';

const ROUTE_KEY = 'aidledger.routeId';

type Runner = ReturnType<typeof useAction>;

const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

type RouteGroup = {
  routeId: string | null;
  municipalities: { municipality: string; items: RouteItem[] }[];
  count: number;
};

/** Not yet loaded aids first, then each route; inside a route by municipality, as a driver plans the tour. */
const groupRoute = (items: RouteItem[]): RouteGroup[] => {
  const byRoute = new Map<string | null, Map<string, RouteItem[]>>();
  for (const item of items) {
    const municipalities = byRoute.get(item.routeId) ?? new Map<string, RouteItem[]>();
    municipalities.set(item.municipality, [...(municipalities.get(item.municipality) ?? []), item]);
    byRoute.set(item.routeId, municipalities);
  }
  return [...byRoute.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)))
    .map(([routeId, municipalities]) => ({
      routeId,
      count: [...municipalities.values()].reduce((sum, list) => sum + list.length, 0),
      municipalities: [...municipalities.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'sv'))
        .map(([municipality, list]) => ({
          municipality,
          items: list.sort((a, b) => a.serialNumber.localeCompare(b.serialNumber)),
        })),
    }));
};

/** Loads every aid of one municipality on the same route, one command per aid, and says how many went through. */
const BulkDispatch = ({
  items,
  routeId: plannedRoute,
  runner,
  onDone,
}: {
  items: RouteItem[];
  routeId: string | null;
  runner: Runner;
  onDone: (message: string, position: number | string) => void;
}) => {
  const { t } = useI18n();
  const api = useApi();
  const [routeId, setRouteId] = useState(() => plannedRoute ?? localStorage.getItem(ROUTE_KEY) ?? '');
  return (
    <form
      className="row bulk-dispatch"
      onSubmit={async (event) => {
        event.preventDefault();
        const route = routeId.trim();
        const result = await runner.run(async () => {
          let loaded = 0;
          let position: number | string = 0;
          const failures: string[] = [];
          for (const item of items) {
            try {
              position = (await api.dispatch(item.assetId, { orderId: item.orderId, routeId: route })).position;
              loaded += 1;
            } catch {
              failures.push(item.serialNumber);
            }
          }
          return { loaded, failures, position };
        });
        if (!result) return;
        localStorage.setItem(ROUTE_KEY, route);
        onDone(t.transport.bulkDone(result.loaded, result.failures), result.position);
      }}
    >
      <InputField label={t.transport.routeId} name="bulkRouteId" required value={routeId} onValueChange={setRouteId} />
      <button type="submit" className="button-secondary" disabled={runner.busy}>
        {t.transport.bulkDispatch(items.length)}
      </button>
    </form>
  );
};

/** Whom the delivery goes to; a protected identity is revealed only on request, for this delivery. */
const RecipientCard = ({ item }: { item: Pick<RouteItem, 'personId' | 'recipient'> }) => {
  const { t } = useI18n();
  const api = useApi();
  const [revealed, setRevealed] = useState<Recipient | null>(null);
  const recipient = revealed ?? item.recipient;
  if (!recipient) return <p className="muted">{t.transport.noRecipient}</p>;
  if (recipient.erased) return <p className="muted">{t.transport.erased}</p>;
  if (recipient.protectedIdentity && !recipient.name)
    return (
      <p className="recipient">
        <span className="badge">{t.transport.protectedIdentity}</span>{' '}
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            void api.person(item.personId).then(({ contact }) => {
              if (contact)
                setRevealed({
                  ...contact,
                  ...contact.address,
                  phone: contact.phone ?? null,
                  deliveryNotes: contact.deliveryNotes ?? null,
                  erased: false,
                });
            });
          }}
        >
          {t.transport.showProtected}
        </button>
      </p>
    );
  return (
    <address className="recipient" data-testid="recipient">
      <strong>{recipient.name}</strong>
      <span>{recipient.street}</span>
      <span>
        {recipient.postalCode} {recipient.city}
      </span>
      {recipient.phone && (
        <span>
          {t.transport.phone}: <a href={`tel:${recipient.phone.replace(/[^+\d]/g, '')}`}>{recipient.phone}</a>
        </span>
      )}
      {recipient.deliveryNotes && (
        <span>
          {t.transport.notes}: {recipient.deliveryNotes}
        </span>
      )}
    </address>
  );
};

const RouteItemCard = ({
  item,
  day,
  articleName,
  runner,
  onDone,
}: {
  item: RouteItem;
  day: string;
  articleName?: string;
  runner: Runner;
  onDone: (message: string, position: number | string) => void;
}) => {
  const { t } = useI18n();
  const api = useApi();
  const [routeId, setRouteId] = useState(() => item.routeId ?? localStorage.getItem(ROUTE_KEY) ?? '');
  const [deliveredOn, setDeliveredOn] = useState(todayInStockholm);
  const [failing, setFailing] = useState(false);
  const [reason, setReason] = useState(t.transport.failReasons[0] ?? '');
  const [rescheduledTo, setRescheduledTo] = useState(() => addDays(todayInStockholm(), 1));
  const reload = async (): Promise<Asset | undefined> => api.asset(item.assetId).catch(() => undefined);
  const explain = explainRefusal(reload, t);
  const status: Asset['status'] = item.status;
  const submit =
    (perform: () => Promise<CommandResult>, message: string, beforeDone?: () => void) => async (event: FormEvent) => {
      event.preventDefault();
      const result = await runner.run(perform, undefined, explain);
      if (!result) return;
      beforeDone?.();
      onDone(message, result.position);
    };

  return (
    <li className="route-item" data-testid="route-item" data-asset-id={item.assetId}>
      <div className="route-item-head">
        <div>
          <strong>{articleName ?? item.articleNo}</strong>
          <span className="muted">
            {' '}
            · {item.articleNo} · {t.asset.serialNumber} {item.serialNumber}
            {item.unitNumber ? ` · ${t.labels.unitNumber} ${item.unitNumber}` : ''}
          </span>
        </div>
        <span className="badges">
          {item.plannedDeliveryDate < day && <span className="badge badge-late">{t.transport.pastPlanned}</span>}
          <StatusBadge status={status} />
        </span>
      </div>
      <dl className="route-item-facts">
        <div>
          <dt>{t.transport.planned}</dt>
          <dd>
            <Day value={item.plannedDeliveryDate} />
          </dd>
        </div>
        {item.nextAttemptOn && (
          <div>
            <dt>{t.transport.nextAttempt}</dt>
            <dd>
              <Day value={item.nextAttemptOn} />
            </dd>
          </div>
        )}
      </dl>
      <RecipientCard item={item} />
      {item.status === 'allocated' && (
        <form
          className="row"
          onSubmit={submit(
            () => api.dispatch(item.assetId, { orderId: item.orderId, routeId: routeId.trim() }),
            t.transport.dispatched,
            () => localStorage.setItem(ROUTE_KEY, routeId.trim()),
          )}
        >
          <InputField label={t.transport.routeId} name="routeId" required value={routeId} onValueChange={setRouteId} />
          <button type="submit" disabled={runner.busy}>
            {t.transport.dispatch}
          </button>
        </form>
      )}
      {item.status === 'inTransit' && !failing && (
        <form
          className="row"
          onSubmit={submit(
            () => api.deliver(item.assetId, { orderId: item.orderId, deliveredOn }),
            t.transport.delivered,
          )}
        >
          <DateField
            label={t.transport.deliveredOn}
            name="deliveredOn"
            value={deliveredOn}
            onValueChange={setDeliveredOn}
          />
          <button type="submit" disabled={runner.busy}>
            {t.transport.deliver}
          </button>
          <button type="button" className="button-secondary" onClick={() => setFailing(true)}>
            {t.transport.failTitle}
          </button>
        </form>
      )}
      {item.status === 'inTransit' && failing && (
        <form
          className="stack"
          onSubmit={submit(
            () => api.deliveryFailed(item.assetId, { orderId: item.orderId, reason: reason.trim(), rescheduledTo }),
            t.transport.failed,
          )}
        >
          <h4>{t.transport.failTitle}</h4>
          <div className="row">
            <InputField
              label={t.transport.failReason}
              name="failReason"
              list={`fail-reasons-${item.assetId}`}
              required
              value={reason}
              onValueChange={setReason}
            />
            <datalist id={`fail-reasons-${item.assetId}`}>
              {t.transport.failReasons.map((text) => (
                <option key={text} value={text} />
              ))}
            </datalist>
            <InputField
              label={t.transport.rescheduledTo}
              type="date"
              name="rescheduledTo"
              required
              min={todayInStockholm()}
              value={rescheduledTo}
              onValueChange={setRescheduledTo}
            />
          </div>
          <div className="row">
            <button type="submit" disabled={runner.busy}>
              {t.transport.fail}
            </button>
            <button type="button" className="button-quiet" onClick={() => setFailing(false)}>
              {t.cancel}
            </button>
          </div>
        </form>
      )}
    </li>
  );
};

/** An aid to fetch from its holder (hämtorder): picking it up records its return, which closes the request. */
const PickupCard = ({
  pickup,
  day,
  articleName,
  runner,
  onDone,
}: {
  pickup: PickupStop;
  day: string;
  articleName?: string;
  runner: Runner;
  onDone: (message: string, position: number | string) => void;
}) => {
  const { t } = useI18n();
  const api = useApi();
  const [returnedOn, setReturnedOn] = useState(todayInStockholm);
  const reload = async (): Promise<Asset | undefined> => api.asset(pickup.assetId).catch(() => undefined);
  return (
    <li className="route-item" data-testid="pickup-item" data-asset-id={pickup.assetId}>
      <div className="route-item-head">
        <div>
          <strong>{articleName ?? pickup.articleNo}</strong>
          <span className="muted">
            {' '}
            · {pickup.articleNo} · {t.asset.serialNumber} {pickup.serialNumber}
          </span>
        </div>
        <span className="badges">
          {pickup.plannedPickupDate < day && <span className="badge badge-late">{t.transport.pastPlanned}</span>}
          <StatusBadge status="onLoan" />
        </span>
      </div>
      <dl className="route-item-facts">
        <div>
          <dt>{t.transport.pickupPlanned}</dt>
          <dd>{pickup.plannedPickupDate}</dd>
        </div>
        <div>
          <dt>{t.transport.pickupRequestedOn}</dt>
          <dd>{pickup.requestedOn}</dd>
        </div>
        <div>
          <dt>{t.transport.pickupReason}</dt>
          <dd>{pickup.reason}</dd>
        </div>
      </dl>
      <RecipientCard item={pickup} />
      <form
        className="row"
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await runner.run(
            () => api.returnAid(pickup.assetId, { returnedOn, reason: 'pickup' }),
            undefined,
            explainRefusal(reload, t),
          );
          if (result) onDone(t.transport.pickedUpDone, result.position);
        }}
      >
        <DateField label={t.transport.pickedUpOn} name="pickedUpOn" value={returnedOn} onValueChange={setReturnedOn} />
        <button type="submit" disabled={runner.busy}>
          {t.transport.pickedUp}
        </button>
      </form>
    </li>
  );
};

const PickUp = ({ runner, articles }: { runner: Runner; articles: Article[] }) => {
  const { t } = useI18n();
  const api = useApi();
  const [asset, setAsset] = useState<Asset | null>(null);
  const [returnedOn, setReturnedOn] = useState(todayInStockholm);
  const [reason, setReason] = useState(t.transport.returnReasons[0] ?? '');
  const reload = async () => {
    if (!asset) return undefined;
    const fresh = await api.asset(asset.assetId).catch(() => undefined);
    if (fresh) setAsset(fresh);
    return fresh;
  };

  return (
    <Section title={t.transport.pickupTitle} className="pickup">
      <p>{t.transport.pickupIntro}</p>
      <AssetFinder autoFocus={false} onFound={setAsset} label={t.warehouse.findLabel} />
      {asset && (
        <div className="stack">
          <AssetCard
            asset={asset}
            articleName={articles.find((article) => article.articleNo === asset.articleNo)?.name}
          />
          <LabelActions asset={asset} canAssign={false} onAssigned={() => void reload()} />
          {asset.status === 'onLoan' ? (
            <form
              className="stack"
              onSubmit={async (event) => {
                event.preventDefault();
                const result = await runner.run(
                  () => api.returnAid(asset.assetId, { returnedOn, reason: reason.trim() }, asset.revision),
                  () => t.transport.returned,
                  explainRefusal(reload, t),
                );
                if (result) await reload();
              }}
            >
              <div className="row">
                <DateField
                  label={t.transport.returnedOn}
                  name="returnedOn"
                  value={returnedOn}
                  onValueChange={setReturnedOn}
                />
                <InputField
                  label={t.transport.returnReason}
                  name="returnReason"
                  list="return-reasons"
                  required
                  value={reason}
                  onValueChange={setReason}
                />
                <datalist id="return-reasons">
                  {t.transport.returnReasons.map((text) => (
                    <option key={text} value={text} />
                  ))}
                </datalist>
              </div>
              <button type="submit" disabled={runner.busy}>
                {t.transport.pickup}
              </button>
            </form>
          ) : (
            <p className="notice notice-info">{t.transport.notOnLoan(t.status[asset.status])}</p>
          )}
        </div>
      )}
    </Section>
  );
};

/** Routes run on weekdays: on a Saturday or Sunday the screen opens on the coming Monday. */
const firstRouteDay = (): string => {
  const today = todayInStockholm();
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(today, 2) : weekday === 0 ? addDays(today, 1) : today;
};

export const TransportScreen = () => {
  const { t } = useI18n();
  const api = useApi();
  const [day, setDay] = useState(firstRouteDay);
  const [items, setItems] = useState<RouteItem[] | null>(null);
  const [pickups, setPickups] = useState<PickupStop[]>([]);
  const [inspections, setInspections] = useState<HomeInspection[]>([]);
  const [articles, setArticles] = useState<Article[]>([]);
  const loader = useAction();
  const runner = useAction();

  const load = useCallback(
    async (wanted: string) => {
      await loader.run(async () => {
        const route = await api.route(wanted);
        setItems(route.items);
        setPickups(route.pickups);
        setInspections(route.inspections);
      });
    },
    [api],
  );

  useEffect(() => {
    void load(day);
    api
      .articles()
      .then((answer) => setArticles(answer.items))
      .catch(() => setArticles([]));
  }, [api]);

  const onDone = async (message: string, position: number | string) => {
    runner.setOutcome({ kind: 'success', message });
    await api.waitForProjections(position);
    await load(day);
  };

  const groups = items ? groupRoute(items) : [];

  return (
    <div className="screen transport">
      <h1>{t.transport.title}</h1>
      <form
        className="inline-form day-picker"
        onSubmit={(event) => {
          event.preventDefault();
          void load(day);
        }}
      >
        <InputField label={t.transport.day} type="date" name="day" required value={day} onValueChange={setDay} />
        <button type="submit" disabled={loader.busy}>
          {t.transport.load}
        </button>
        <div className="row day-steps">
          {[
            [-1, t.transport.previousDay],
            [1, t.transport.nextDay],
          ].map(([step, label]) => (
            <button
              key={String(step)}
              type="button"
              className="button-secondary"
              disabled={loader.busy}
              onClick={() => {
                const next = addDays(day, Number(step));
                setDay(next);
                void load(next);
              }}
            >
              {label}
            </button>
          ))}
        </div>
      </form>
      <div className="sticky-notice">
        <Notice outcome={runner.outcome} />
      </div>
      <Notice outcome={loader.outcome} />
      {items !== null && items.length === 0 && pickups.length === 0 && inspections.length === 0 && (
        <p className="empty">{t.transport.empty}</p>
      )}
      {groups.map((group) => (
        <Section
          key={group.routeId ?? '-'}
          title={`${group.routeId === null ? t.transport.notDispatched : t.transport.route(group.routeId)} · ${t.transport.count(group.count)}`}
          className="route-group"
        >
          {group.municipalities.map(({ municipality, items: inMunicipality }) => (
            <details key={municipality} className="municipality" open={items !== null && items.length <= 40}>
              <summary>
                <h3>
                  {municipality} <span className="muted">({inMunicipality.length})</span>
                </h3>
              </summary>
              {inMunicipality.filter((item) => item.status === 'allocated').length > 1 && (
                <BulkDispatch
                  items={inMunicipality.filter((item) => item.status === 'allocated')}
                  routeId={group.routeId}
                  runner={runner}
                  onDone={onDone}
                />
              )}
              <ul className="route-items">
                {inMunicipality.map((item) => (
                  <RouteItemCard
                    key={item.assetId}
                    item={item}
                    day={day}
                    runner={runner}
                    onDone={onDone}
                    articleName={articles.find((article) => article.articleNo === item.articleNo)?.name}
                  />
                ))}
              </ul>
            </details>
          ))}
        </Section>
      ))}
      {pickups.length > 0 && (
        <Section title={t.transport.pickupsTitle(pickups.length)} className="route-group pickups">
          <ul className="route-items">
            {pickups.map((pickup) => (
              <PickupCard
                key={pickup.assetId}
                pickup={pickup}
                day={day}
                runner={runner}
                onDone={onDone}
                articleName={articles.find((article) => article.articleNo === pickup.articleNo)?.name}
              />
            ))}
          </ul>
        </Section>
      )}
      {inspections.length > 0 && (
        <Section title={t.transport.homeInspectionsTitle(inspections.length)} className="route-group home-inspections">
          <ul className="route-items">
            {inspections.map((inspection) => (
              <li
                key={inspection.assetId}
                className="route-item"
                data-testid="home-inspection"
                data-asset-id={inspection.assetId}
              >
                <div className="route-item-head">
                  <div>
                    <strong>
                      {articles.find((article) => article.articleNo === inspection.articleNo)?.name ??
                        inspection.articleNo}
                    </strong>
                    <span className="muted">
                      {' '}
                      · {inspection.articleNo}
                      {inspection.unitNumber ? ` · ${inspection.unitNumber}` : ''}
                    </span>
                  </div>
                  <span className="badges">
                    {inspection.dueOn < day && <span className="badge badge-late">{t.inspections.overdue}</span>}
                    {inspection.outOfService && <span className="badge">{t.inspections.outOfService}</span>}
                  </span>
                </div>
                <dl className="route-item-facts">
                  <div>
                    <dt>{t.inspections.dueOn}</dt>
                    <dd>{inspection.dueOn}</dd>
                  </div>
                </dl>
                <RecipientCard item={inspection} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <PickUp runner={runner} articles={articles} />
      <RecallUnits where="onLoan" />
    </div>
  );
};
