import { useEffect, useState, type FormEvent } from 'react';
import type {
  Article,
  CommandResult,
  Contact,
  PersonAids,
  PersonDetails,
  PersonOrder,
  PersonOrders,
  PickupRequest,
} from '../api/api-client.js';
import { ApiError } from '../api/api-client.js';
import { Table } from '../components/table.js';
import { Field, InputField, Notice, Section, todayInStockholm, useAction, useApi } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';
import { ContactSection } from './person.screen.js';

type Sex = 'female' | 'male' | 'other';
type Runner = ReturnType<typeof useAction>;
/** Runs a command, waits until the read models show it, and reloads the person. */
type Perform = (command: () => Promise<CommandResult>, message: string) => Promise<boolean>;

const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const EMPTY_CONTACT: Contact = {
  name: '',
  address: { street: '', postalCode: '', city: '' },
  phone: '',
  deliveryNotes: '',
  protectedIdentity: false,
};

/** Registers a person not found by personnummer, with the contact details transport needs. */
const RegisterPerson = ({
  personnummer,
  onRegistered,
}: {
  personnummer: string;
  onRegistered: (id: string) => void;
}) => {
  const { t } = useI18n();
  const api = useApi();
  const register = useAction();
  const [sex, setSex] = useState<Sex>('female');
  const [municipality, setMunicipality] = useState('');
  const [contact, setContact] = useState<Contact>(EMPTY_CONTACT);
  const address = (patch: Partial<Contact['address']>) =>
    setContact({ ...contact, address: { ...contact.address, ...patch } });
  return (
    <Section title={t.planner.registerTitle}>
      <form
        className="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          const { phone, deliveryNotes } = contact;
          const registered = await register.run(() =>
            api.registerPerson({
              personnummer,
              sex,
              municipality: municipality.trim(),
              contact: { ...contact, phone: phone?.trim() || null, deliveryNotes: deliveryNotes?.trim() || null },
            }),
          );
          if (registered) onRegistered(registered.id);
        }}
      >
        <div className="row">
          <Field label={t.planner.sex}>
            {(props) => (
              <select {...props} name="sex" value={sex} onChange={(event) => setSex(event.target.value as Sex)}>
                {(Object.keys(t.planner.sexes) as Sex[]).map((value) => (
                  <option key={value} value={value}>
                    {t.planner.sexes[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <InputField
            label={t.planner.municipality}
            name="municipality"
            required
            value={municipality}
            onValueChange={setMunicipality}
          />
        </div>
        <InputField
          label={t.person.name}
          name="name"
          required
          value={contact.name}
          onValueChange={(name) => setContact({ ...contact, name })}
        />
        <div className="row">
          <InputField
            label={t.person.street}
            name="street"
            required
            value={contact.address.street}
            onValueChange={(street) => address({ street })}
          />
          <InputField
            label={t.person.postalCode}
            name="postalCode"
            required
            inputMode="numeric"
            value={contact.address.postalCode}
            onValueChange={(postalCode) => address({ postalCode })}
          />
          <InputField
            label={t.person.city}
            name="city"
            required
            value={contact.address.city}
            onValueChange={(city) => address({ city })}
          />
        </div>
        <InputField
          label={t.transport.phone}
          name="phone"
          inputMode="tel"
          value={contact.phone ?? ''}
          onValueChange={(phone) => setContact({ ...contact, phone })}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={contact.protectedIdentity}
            onChange={(event) => setContact({ ...contact, protectedIdentity: event.target.checked })}
          />
          {t.transport.protectedIdentity}
        </label>
        <button type="submit" disabled={register.busy}>
          {t.planner.register}
        </button>
        <Notice outcome={register.outcome} />
      </form>
    </Section>
  );
};

const PlaceOrder = ({
  person,
  articles,
  runner,
  perform,
}: {
  person: PersonDetails;
  articles: Article[];
  runner: Runner;
  perform: Perform;
}) => {
  const { t } = useI18n();
  const api = useApi();
  const [articleNo, setArticleNo] = useState('');
  const [prescriberId, setPrescriberId] = useState('');
  const [priority, setPriority] = useState(2);
  const [plannedDeliveryDate, setPlannedDeliveryDate] = useState(() => addDays(todayInStockholm(), 3));
  const [municipality, setMunicipality] = useState(person.municipality);
  const [payerId, setPayerId] = useState('');
  return (
    <Section title={t.planner.orderTitle}>
      <form
        className="stack"
        data-testid="place-order"
        onSubmit={async (event) => {
          event.preventDefault();
          const order = {
            personId: person.personId,
            articleNo,
            prescriberId: prescriberId.trim(),
            priority,
            plannedDeliveryDate,
            municipality: municipality.trim(),
            payerId: payerId.trim(),
          };
          if (await perform(() => api.placeOrder(order), t.planner.orderPlaced)) setArticleNo('');
        }}
      >
        <Field label={t.planner.article}>
          {(props) => (
            <select
              {...props}
              name="articleNo"
              required
              value={articleNo}
              onChange={(event) => setArticleNo(event.target.value)}
            >
              <option value="">{t.planner.chooseArticle}</option>
              {articles.map((article) => (
                <option key={article.articleNo} value={article.articleNo}>
                  {article.articleNo} {article.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="row">
          <InputField
            label={t.planner.prescriber}
            name="prescriberId"
            required
            value={prescriberId}
            onValueChange={setPrescriberId}
          />
          <Field label={t.planner.priority}>
            {(props) => (
              <select
                {...props}
                name="priority"
                value={priority}
                onChange={(event) => setPriority(Number(event.target.value))}
              >
                {[1, 2, 3].map((level) => (
                  <option key={level} value={level}>
                    {t.planner.priorities[level]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <InputField
            label={t.planner.plannedDay}
            type="date"
            name="plannedDeliveryDate"
            required
            min={todayInStockholm()}
            value={plannedDeliveryDate}
            onValueChange={setPlannedDeliveryDate}
          />
        </div>
        <div className="row">
          <InputField
            label={t.planner.municipality}
            name="orderMunicipality"
            required
            value={municipality}
            onValueChange={setMunicipality}
          />
          <InputField label={t.planner.payer} name="payerId" required value={payerId} onValueChange={setPayerId} />
        </div>
        <button type="submit" disabled={runner.busy}>
          {t.planner.placeOrder}
        </button>
      </form>
    </Section>
  );
};

/** A new day agreed with the person, or a cancellation; each with the reason customer service was given. */
const ChangeDay = ({
  label,
  initialDay,
  minDay,
  withReason,
  runner,
  onSubmit,
}: {
  label: string;
  initialDay: string;
  minDay: string;
  withReason: boolean;
  runner: Runner;
  onSubmit: (day: string, reason: string) => void;
}) => {
  const { t } = useI18n();
  const [day, setDay] = useState(initialDay);
  const [reason, setReason] = useState('');
  return (
    <form
      className="row"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit(day, reason.trim());
      }}
    >
      <InputField
        label={t.planner.newDay}
        type="date"
        name="newDay"
        required
        min={minDay}
        value={day}
        onValueChange={setDay}
      />
      {withReason && (
        <InputField label={t.planner.reason} name="reason" required value={reason} onValueChange={setReason} />
      )}
      <button type="submit" className="button-secondary" disabled={runner.busy}>
        {label}
      </button>
    </form>
  );
};

const Cancel = ({
  label,
  initialReason,
  runner,
  onSubmit,
}: {
  label: string;
  initialReason: string;
  runner: Runner;
  onSubmit: (reason: string) => void;
}) => {
  const { t } = useI18n();
  const [reason, setReason] = useState(initialReason);
  return (
    <form
      className="row"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit(reason.trim());
      }}
    >
      <InputField label={t.planner.reason} name="cancelReason" required value={reason} onValueChange={setReason} />
      <button type="submit" className="button-quiet" disabled={runner.busy}>
        {label}
      </button>
    </form>
  );
};

const Orders = ({
  orders,
  articleName,
  runner,
  perform,
}: {
  orders: PersonOrder[];
  articleName: (articleNo: string) => string;
  runner: Runner;
  perform: Perform;
}) => {
  const { t } = useI18n();
  const api = useApi();
  const stageText = (order: PersonOrder): string =>
    order.stage === 'dispatched'
      ? t.planner.stages.dispatched(order.dueOn, order.routeId)
      : t.planner.stages[order.stage];
  return (
    <Section title={t.planner.ordersTitle(orders.length)}>
      <Table
        testId="person-orders"
        empty={t.planner.noOrders}
        columns={[
          {
            header: t.planner.article,
            rowHeader: true,
            cell: (order) => `${order.articleNo} ${articleName(order.articleNo)}`,
          },
          { header: t.planner.plannedDay, cell: (order) => order.plannedDeliveryDate },
          { header: t.planner.priority, numeric: true, cell: (order) => order.priority },
          { header: t.planner.stage, cell: (order) => <span data-testid="order-stage">{stageText(order)}</span> },
          {
            header: t.planner.change,
            cell: (order) =>
              order.stage === 'delivered' || order.stage === 'cancelled' ? null : (
                <details>
                  <summary>{t.planner.change}</summary>
                  <ChangeDay
                    label={t.planner.reschedule}
                    initialDay={order.plannedDeliveryDate}
                    minDay={todayInStockholm()}
                    withReason
                    runner={runner}
                    onSubmit={(plannedDeliveryDate, reason) =>
                      void perform(
                        () => api.rescheduleOrder(order.orderId, { plannedDeliveryDate, reason }),
                        t.planner.rescheduled,
                      )
                    }
                  />
                  <Cancel
                    label={t.planner.cancelOrder}
                    initialReason=""
                    runner={runner}
                    onSubmit={(reason) =>
                      void perform(() => api.cancelOrder(order.orderId, { reason }), t.planner.cancelled)
                    }
                  />
                </details>
              ),
          },
        ]}
        rows={orders}
        rowKey={(order) => order.orderId}
        rowAttributes={(order) => ({ 'data-order-id': order.orderId, 'data-stage': order.stage })}
      />
    </Section>
  );
};

/** Asks transport to fetch an aid the person holds, or changes the pickup already asked for. */
const PickupActions = ({
  assetId,
  open,
  runner,
  perform,
}: {
  assetId: string;
  open: PickupRequest | undefined;
  runner: Runner;
  perform: Perform;
}) => {
  const { t } = useI18n();
  const api = useApi();
  const today = todayInStockholm();
  const [plannedPickupDate, setPlannedPickupDate] = useState(() => addDays(today, 1));
  const [reason, setReason] = useState(t.planner.pickupReasons[0] ?? '');
  if (open)
    return (
      <div className="stack">
        <strong data-testid="pickup-planned">{t.planner.pickupPlanned(open.plannedPickupDate)}</strong>
        <details>
          <summary>{t.planner.change}</summary>
          <ChangeDay
            label={t.planner.reschedulePickup}
            initialDay={open.plannedPickupDate}
            minDay={open.requestedOn}
            withReason={false}
            runner={runner}
            onSubmit={(day) =>
              void perform(() => api.reschedulePickup(assetId, { plannedPickupDate: day }), t.planner.rescheduled)
            }
          />
          <Cancel
            label={t.planner.cancelPickup}
            initialReason={t.planner.cancelReason}
            runner={runner}
            onSubmit={(why) =>
              void perform(() => api.cancelPickup(assetId, { reason: why }), t.planner.pickupCancelled)
            }
          />
        </details>
      </div>
    );
  return (
    <form
      className="row"
      onSubmit={(event) => {
        event.preventDefault();
        void perform(
          () => api.requestPickup(assetId, { requestedOn: today, plannedPickupDate, reason: reason.trim() }),
          t.planner.pickupRequested,
        );
      }}
    >
      <InputField
        label={t.planner.pickupDay}
        type="date"
        name="plannedPickupDate"
        required
        min={today}
        value={plannedPickupDate}
        onValueChange={setPlannedPickupDate}
      />
      <InputField
        label={t.planner.reason}
        name="pickupReason"
        list={`pickup-reasons-${assetId}`}
        required
        value={reason}
        onValueChange={setReason}
      />
      <datalist id={`pickup-reasons-${assetId}`}>
        {t.planner.pickupReasons.map((text) => (
          <option key={text} value={text} />
        ))}
      </datalist>
      <button type="submit" className="button-secondary" disabled={runner.busy}>
        {t.planner.requestPickup}
      </button>
    </form>
  );
};

const AidsHeld = ({
  aids,
  pickups,
  articleName,
  runner,
  perform,
}: {
  aids: PersonAids['current'];
  pickups: PickupRequest[];
  articleName: (articleNo: string) => string;
  runner: Runner;
  perform: Perform;
}) => {
  const { t } = useI18n();
  const openPickup = (assetId: string) =>
    pickups.find((pickup) => pickup.assetId === assetId && pickup.status === 'open');
  return (
    <Section title={t.planner.aidsTitle(aids.length)}>
      <Table
        testId="held-aids"
        empty={t.planner.noAids}
        columns={[
          {
            header: t.planner.article,
            rowHeader: true,
            cell: (aid) => `${aid.articleNo} ${articleName(aid.articleNo)}`,
          },
          { header: t.asset.assetId, className: 'mono', cell: (aid) => aid.assetId },
          { header: t.planner.since, cell: (aid) => aid.since },
          {
            header: t.planner.pickup,
            cell: (aid) => (
              <PickupActions
                key={openPickup(aid.assetId)?.plannedPickupDate ?? 'none'}
                assetId={aid.assetId}
                open={openPickup(aid.assetId)}
                runner={runner}
                perform={perform}
              />
            ),
          },
        ]}
        rows={aids}
        rowKey={(aid) => aid.assetId}
        rowAttributes={(aid) => ({ 'data-asset-id': aid.assetId })}
      />
    </Section>
  );
};

/**
 * Customer service: find or register a person, place and change their orders, ask for pickups of their aids,
 * and tell them where each order stands.
 */
export const PlannerScreen = () => {
  const { t } = useI18n();
  const api = useApi();
  const [personnummer, setPersonnummer] = useState('');
  const [unknown, setUnknown] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [details, setDetails] = useState<PersonDetails | null>(null);
  const [aids, setAids] = useState<PersonAids | null>(null);
  const [orders, setOrders] = useState<PersonOrders | null>(null);
  const [articles, setArticles] = useState<Article[]>([]);
  const finder = useAction();
  const runner = useAction();

  useEffect(() => {
    api
      .articles()
      .then((answer) => setArticles([...answer.items].sort((a, b) => a.name.localeCompare(b.name, 'sv'))))
      .catch(() => setArticles([]));
  }, [api]);

  const articleName = (articleNo: string) => articles.find((article) => article.articleNo === articleNo)?.name ?? '';

  const show = async (id: string) => {
    const [person, held, placed] = await Promise.all([api.person(id), api.personAids(id), api.personOrders(id)]);
    setPersonId(id);
    setDetails(person);
    setAids(held);
    setOrders(placed);
  };

  const perform: Perform = async (command, message) => {
    const result = await runner.run(command, () => message);
    if (!result || !personId) return false;
    await api.waitForProjections(result.position);
    await show(personId);
    return true;
  };

  return (
    <div className="screen planner">
      <h1>{t.planner.title}</h1>
      <Section title={t.planner.findTitle}>
        <form
          className="inline-form"
          onSubmit={async (event) => {
            event.preventDefault();
            const wanted = personnummer.trim();
            setUnknown(null);
            runner.setOutcome(null);
            const found = await finder.run(async () => {
              try {
                return await api.lookupPerson(wanted);
              } catch (error) {
                if (error instanceof ApiError && error.status === 404) return null;
                throw error;
              }
            });
            if (found === null) setUnknown(wanted);
            if (found) {
              setPersonnummer('');
              await finder.run(() => show(found.id));
            }
          }}
        >
          <InputField
            label={t.person.personnummer}
            hint={t.person.personnummerHint}
            name="personnummer"
            autoComplete="off"
            inputMode="numeric"
            autoFocus
            required
            value={personnummer}
            onValueChange={setPersonnummer}
          />
          <button type="submit" disabled={finder.busy}>
            {t.planner.find}
          </button>
        </form>
        {unknown && <p className="notice notice-info">{t.planner.notFound}</p>}
        <Notice outcome={finder.outcome} />
      </Section>
      {unknown && (
        <RegisterPerson
          key={unknown}
          personnummer={unknown}
          onRegistered={async (id) => {
            setUnknown(null);
            setPersonnummer('');
            runner.setOutcome({ kind: 'success', message: t.planner.registered });
            await finder.run(() => show(id));
          }}
        />
      )}
      <div className="sticky-notice">
        <Notice outcome={runner.outcome} />
      </div>
      {details && personId && (
        <div className="columns" data-testid="planner-person" data-person-id={personId}>
          <div className="column-main">
            <h2>{t.planner.personTitle(details.municipality, details.birthYear)}</h2>
            {orders && <Orders orders={orders.items} articleName={articleName} runner={runner} perform={perform} />}
            {aids && orders && (
              <AidsHeld
                aids={aids.current}
                pickups={orders.pickupRequests}
                articleName={articleName}
                runner={runner}
                perform={perform}
              />
            )}
          </div>
          <div className="column-side">
            <ContactSection person={details} onSaved={() => void show(personId)} />
            {details.status === 'registered' && (
              <PlaceOrder key={personId} person={details} articles={articles} runner={runner} perform={perform} />
            )}
          </div>
        </div>
      )}
    </div>
  );
};
