import { useEffect, useState } from 'react';
import type { Article, Contact, PersonAids, PersonDetails } from '../api/api-client.js';
import { ExportButtons } from '../components/export-buttons.js';
import { Table, type Column } from '../components/table.js';
import { InputField, Notice, Section, useAction, useApi, useRole } from '../components/ui.js';
import { Day, useI18n } from '../i18n/i18n.js';

/** The current or the past aids of a person: article and asset first, then the columns of the list. */
const AidList = <Aid extends { assetId: string; articleNo: string }>({
  title,
  none,
  testId,
  articleName,
  columns,
  aids,
  rowKey,
}: {
  title: string;
  none: string;
  testId: string;
  articleName: (articleNo: string) => string;
  columns: Column<Aid>[];
  aids: Aid[];
  rowKey: (aid: Aid) => string;
}) => {
  const { t } = useI18n();
  return (
    <Section title={`${title} (${aids.length})`}>
      {aids.length === 0 ? (
        <p>{none}</p>
      ) : (
        <Table
          testId={testId}
          columns={[
            { header: t.asset.article, cell: (aid) => `${aid.articleNo} ${articleName(aid.articleNo)}` },
            { header: t.asset.assetId, className: 'mono', cell: (aid) => aid.assetId },
            ...columns,
          ]}
          rows={aids}
          rowKey={rowKey}
        />
      )}
    </Section>
  );
};

const EMPTY_CONTACT: Contact = {
  name: '',
  address: { street: '', postalCode: '', city: '' },
  phone: '',
  deliveryNotes: '',
  protectedIdentity: false,
};

/** The person's contact details, decrypted for the reader; customer service may change them. */
export const ContactSection = ({ person, onSaved }: { person: PersonDetails; onSaved: () => void }) => {
  const { t } = useI18n();
  const api = useApi();
  const mayEdit = ['planner', 'admin'].includes(useRole());
  const [draft, setDraft] = useState<Contact>(person.contact ?? EMPTY_CONTACT);
  const save = useAction();
  useEffect(() => setDraft(person.contact ?? EMPTY_CONTACT), [person]);
  if (person.status === 'erased')
    return (
      <Section title={t.person.contactTitle}>
        <p data-testid="person-erased">{t.person.erased(person.erasedOn ?? '')}</p>
      </Section>
    );
  const contact = person.contact;
  const address = (patch: Partial<Contact['address']>) =>
    setDraft({ ...draft, address: { ...draft.address, ...patch } });
  const contactFields: {
    name: string;
    label: string;
    required?: boolean;
    inputMode?: 'numeric' | 'tel';
    value: string;
    set: (value: string) => void;
  }[] = [
    {
      name: 'name',
      label: t.person.name,
      required: true,
      value: draft.name,
      set: (name) => setDraft({ ...draft, name }),
    },
    {
      name: 'street',
      label: t.person.street,
      required: true,
      value: draft.address.street,
      set: (street) => address({ street }),
    },
    {
      name: 'postalCode',
      label: t.person.postalCode,
      required: true,
      inputMode: 'numeric',
      value: draft.address.postalCode,
      set: (postalCode) => address({ postalCode }),
    },
    { name: 'city', label: t.person.city, required: true, value: draft.address.city, set: (city) => address({ city }) },
    {
      name: 'phone',
      label: t.transport.phone,
      inputMode: 'tel',
      value: draft.phone ?? '',
      set: (phone) => setDraft({ ...draft, phone }),
    },
    {
      name: 'deliveryNotes',
      label: t.transport.notes,
      value: draft.deliveryNotes ?? '',
      set: (deliveryNotes) => setDraft({ ...draft, deliveryNotes }),
    },
  ];
  return (
    <Section title={t.person.contactTitle}>
      {contact ? (
        <address className="recipient" data-testid="person-contact">
          <strong>{contact.name}</strong>
          <span>{contact.address.street}</span>
          <span>
            {contact.address.postalCode} {contact.address.city}
          </span>
          {contact.phone && <span>{contact.phone}</span>}
          {contact.deliveryNotes && <span>{contact.deliveryNotes}</span>}
          {contact.protectedIdentity && <span className="badge">{t.transport.protectedIdentity}</span>}
        </address>
      ) : (
        <p>{t.person.noContact}</p>
      )}
      {mayEdit && (
        <details>
          <summary>{t.person.editContact}</summary>
          <form
            className="stack"
            onSubmit={async (event) => {
              event.preventDefault();
              if (
                await save.run(
                  () => api.changeContact(person.personId, draft),
                  () => t.person.contactSaved,
                )
              )
                onSaved();
            }}
          >
            {contactFields.map(({ name, label, required, inputMode, value, set }) => (
              <InputField
                key={name}
                label={label}
                name={name}
                required={required}
                inputMode={inputMode}
                value={value}
                onValueChange={set}
              />
            ))}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={draft.protectedIdentity}
                onChange={(event) => setDraft({ ...draft, protectedIdentity: event.target.checked })}
              />
              {t.transport.protectedIdentity}
            </label>
            <button type="submit" disabled={save.busy}>
              {t.person.saveContact}
            </button>
            <Notice outcome={save.outcome} />
          </form>
        </details>
      )}
    </Section>
  );
};

export const PersonScreen = () => {
  const { t } = useI18n();
  const api = useApi();
  // The personnummer lookup is for customer service and the auditor (need to know).
  const mayLookUp = ['planner', 'auditor', 'admin'].includes(useRole());
  const [personId, setPersonId] = useState(() => new URLSearchParams(window.location.search).get('id') ?? '');
  const [personnummer, setPersonnummer] = useState('');
  const [aids, setAids] = useState<PersonAids | null>(null);
  const [details, setDetails] = useState<PersonDetails | null>(null);
  const [articles, setArticles] = useState<Article[]>([]);
  const loader = useAction();
  const lookup = useAction();

  const articleName = (articleNo: string) => articles.find((article) => article.articleNo === articleNo)?.name ?? '';

  const show = async (id: string) => {
    const wanted = id.trim();
    if (!wanted) return;
    setAids(null);
    setDetails(null);
    const found = await loader.run(() => Promise.all([api.personAids(wanted), api.person(wanted)]));
    if (found) {
      setAids(found[0]);
      setDetails(found[1]);
      window.history.replaceState(null, '', `/person?id=${encodeURIComponent(wanted)}`);
    }
  };

  useEffect(() => {
    api
      .articles()
      .then((answer) => setArticles(answer.items))
      .catch(() => setArticles([]));
    if (personId) void show(personId);
  }, [api]);

  return (
    <div className="screen person">
      <h1>{t.person.title}</h1>
      <div className="columns">
        <div className="column-main">
          <Section title={t.person.findTitle}>
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                void show(personId);
              }}
            >
              <InputField
                label={t.person.personId}
                name="personId"
                autoFocus
                autoComplete="off"
                spellCheck={false}
                value={personId}
                onValueChange={setPersonId}
              />
              <button type="submit" disabled={loader.busy}>
                {t.person.find}
              </button>
            </form>
            <Notice outcome={loader.outcome} />
          </Section>
          {details && <ContactSection person={details} onSaved={() => void show(personId)} />}
          {aids && (
            <>
              <AidList
                title={t.person.current}
                none={t.person.noCurrent}
                testId="current-aids"
                articleName={articleName}
                columns={[
                  { header: t.person.since, cell: (aid) => <Day value={aid.since} /> },
                  { header: t.asset.order, className: 'mono', cell: (aid) => aid.orderId },
                ]}
                aids={aids.current}
                rowKey={(aid) => aid.assetId}
              />
              <AidList
                title={t.person.past}
                none={t.person.noPast}
                testId="past-aids"
                articleName={articleName}
                columns={[
                  { header: t.person.from, cell: (aid) => <Day value={aid.from} /> },
                  { header: t.person.to, cell: (aid) => <Day value={aid.to} /> },
                ]}
                aids={aids.past}
                rowKey={(aid) => `${aid.assetId}-${aid.from}`}
              />
              <ExportButtons name="person-aids" what={t.exports.personAids} query={{ personId: aids.personId }} />
            </>
          )}
          <Section title={t.exports.registerTitle}>
            <p className="muted">{t.exports.registerHint}</p>
            <ExportButtons name="aid-register" what={t.exports.register} />
          </Section>
        </div>
        {mayLookUp && (
          <div className="column-side">
            <Section title={t.person.lookupTitle}>
              <form
                className="stack"
                onSubmit={async (event) => {
                  event.preventDefault();
                  const found = await lookup.run(() => api.lookupPerson(personnummer.trim()));
                  if (found) {
                    setPersonnummer('');
                    setPersonId(found.id);
                    await show(found.id);
                  }
                }}
              >
                <InputField
                  label={t.person.personnummer}
                  hint={t.person.personnummerHint}
                  name="personnummer"
                  autoComplete="off"
                  inputMode="numeric"
                  required
                  value={personnummer}
                  onValueChange={setPersonnummer}
                />
                <button type="submit" className="button-secondary" disabled={lookup.busy}>
                  {t.person.lookup}
                </button>
                <Notice outcome={lookup.outcome} />
              </form>
            </Section>
          </div>
        )}
      </div>
    </div>
  );
};
