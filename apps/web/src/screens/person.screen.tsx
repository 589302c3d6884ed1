import { useEffect, useState } from 'react';
import type { Article, PersonAids } from '../api/api-types.js';
import { Field, Notice, Section, useAction, useApi, useRole } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';

export const PersonScreen = () => {
  const { t } = useI18n();
  const api = useApi();
  // The personnummer lookup is for those who handle a person's aids, not for dashboard readers.
  const mayLookUp = ['planner', 'warehouse', 'transport', 'auditor', 'admin'].includes(useRole());
  const [personId, setPersonId] = useState(() => new URLSearchParams(window.location.search).get('id') ?? '');
  const [personnummer, setPersonnummer] = useState('');
  const [aids, setAids] = useState<PersonAids | null>(null);
  const [articles, setArticles] = useState<Article[]>([]);
  const loader = useAction();
  const lookup = useAction();

  const articleName = (articleNo: string) => articles.find((article) => article.articleNo === articleNo)?.name ?? '';

  const show = async (id: string) => {
    const wanted = id.trim();
    if (!wanted) return;
    setAids(null);
    const found = await loader.run(() => api.personAids(wanted));
    if (found) {
      setAids(found);
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
              <Field label={t.person.personId}>
                {(props) => (
                  <input
                    {...props}
                    name="personId"
                    autoFocus
                    autoComplete="off"
                    spellCheck={false}
                    value={personId}
                    onChange={(event) => setPersonId(event.target.value)}
                  />
                )}
              </Field>
              <button type="submit" disabled={loader.busy}>
                {t.person.find}
              </button>
            </form>
            <Notice outcome={loader.outcome} />
          </Section>
          {aids && (
            <>
              <Section title={`${t.person.current} (${aids.current.length})`}>
                {aids.current.length === 0 ? (
                  <p>{t.person.noCurrent}</p>
                ) : (
                  <div className="table-wrap">
                    <table data-testid="current-aids">
                      <thead>
                        <tr>
                          <th scope="col">{t.asset.article}</th>
                          <th scope="col">{t.asset.assetId}</th>
                          <th scope="col">{t.person.since}</th>
                          <th scope="col">{t.asset.order}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {aids.current.map((aid) => (
                          <tr key={aid.assetId}>
                            <td>
                              {aid.articleNo} {articleName(aid.articleNo)}
                            </td>
                            <td className="mono">{aid.assetId}</td>
                            <td>{aid.since}</td>
                            <td className="mono">{aid.orderId}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </Section>
              <Section title={`${t.person.past} (${aids.past.length})`}>
                {aids.past.length === 0 ? (
                  <p>{t.person.noPast}</p>
                ) : (
                  <div className="table-wrap">
                    <table data-testid="past-aids">
                      <thead>
                        <tr>
                          <th scope="col">{t.asset.article}</th>
                          <th scope="col">{t.asset.assetId}</th>
                          <th scope="col">{t.person.from}</th>
                          <th scope="col">{t.person.to}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {aids.past.map((aid) => (
                          <tr key={`${aid.assetId}-${aid.from}`}>
                            <td>
                              {aid.articleNo} {articleName(aid.articleNo)}
                            </td>
                            <td className="mono">{aid.assetId}</td>
                            <td>{aid.from}</td>
                            <td>{aid.to}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </Section>
            </>
          )}
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
                <Field label={t.person.personnummer} hint={t.person.personnummerHint}>
                  {(props) => (
                    <input
                      {...props}
                      name="personnummer"
                      autoComplete="off"
                      inputMode="numeric"
                      required
                      value={personnummer}
                      onChange={(event) => setPersonnummer(event.target.value)}
                    />
                  )}
                </Field>
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
