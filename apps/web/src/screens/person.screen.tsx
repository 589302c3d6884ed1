import { useEffect, useState } from 'react';
import type { Article, PersonAids } from '../api/api-client.js';
import { Table, type Column } from '../components/table.js';
import { InputField, Notice, Section, useAction, useApi, useRole } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';

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
          {aids && (
            <>
              <AidList
                title={t.person.current}
                none={t.person.noCurrent}
                testId="current-aids"
                articleName={articleName}
                columns={[
                  { header: t.person.since, cell: (aid) => aid.since },
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
                  { header: t.person.from, cell: (aid) => aid.from },
                  { header: t.person.to, cell: (aid) => aid.to },
                ]}
                aids={aids.past}
                rowKey={(aid) => `${aid.assetId}-${aid.from}`}
              />
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
