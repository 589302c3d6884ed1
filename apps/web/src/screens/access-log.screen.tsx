import { useId, useState } from 'react';
import type { AccessLogItem, AccessLogQuery, AccessLogVerification } from '../api/api-client.js';
import { Table } from '../components/table.js';
import { InputField, Notice, Section, todayInStockholm, useAction, useApi } from '../components/ui.js';
import { formatInstant, useI18n } from '../i18n/i18n.js';
import type { Messages } from '../i18n/sv.js';

/** One of the two questions the log answers, over a period of days (empty = all time). */
type Question = { about: 'person' | 'actor'; value: string; from: string; to: string };

const queryOf = ({ about, value, from, to }: Question, cursor?: string): AccessLogQuery => ({
  ...(about === 'person' ? { personId: value } : { actor: value }),
  ...(from ? { from } : {}),
  ...(to ? { to } : {}),
  ...(cursor ? { cursor } : {}),
});

const askedText = (question: Question, t: Messages): string =>
  `${question.about === 'person' ? t.accessLog.askedPerson(question.value) : t.accessLog.askedActor(question.value)}, ${t.accessLog.period(question.from, question.to)}`;

const verdictOf = ({ day, result }: { day: string; result: AccessLogVerification }, t: Messages) =>
  !result.valid
    ? { ok: false, text: t.accessLog.verifyBroken(day, String(result.brokenAtRevision ?? '?')) }
    : {
        ok: true,
        text: result.entries === 0 ? t.accessLog.verifyEmpty(day) : t.accessLog.verifyOk(day, result.entries),
      };

/** A question with its own period: who looked at a person, or what a user looked at. */
const QuestionForm = ({
  title,
  about,
  label,
  hint,
  busy,
  onAsk,
}: {
  title: string;
  about: Question['about'];
  label: string;
  hint?: string;
  busy: boolean;
  onAsk: (question: Question) => void;
}) => {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const today = todayInStockholm();
  const periodHint = useId();
  return (
    <Section title={title}>
      <form
        className="stack"
        data-testid={`access-log-${about}`}
        onSubmit={(event) => {
          event.preventDefault();
          if (value.trim()) onAsk({ about, value: value.trim(), from, to });
        }}
      >
        <InputField
          label={label}
          hint={hint}
          name={about === 'person' ? 'personId' : 'actor'}
          required
          autoComplete="off"
          spellCheck={false}
          value={value}
          onValueChange={setValue}
        />
        <div className="row">
          <InputField
            label={t.accessLog.from}
            aria-describedby={periodHint}
            type="date"
            max={to || today}
            value={from}
            onValueChange={setFrom}
          />
          <InputField
            label={t.accessLog.to}
            aria-describedby={periodHint}
            type="date"
            min={from || undefined}
            max={today}
            value={to}
            onValueChange={setTo}
          />
        </div>
        <p className="field-hint" id={periodHint}>
          {t.accessLog.periodHint}
        </p>
        <button type="submit" disabled={busy}>
          {t.accessLog.show}
        </button>
      </form>
    </Section>
  );
};

/** The auditor's access log (PDL 4 kap): who looked at a person, what a user looked at, and each day's chain check. */
export const AccessLogScreen = () => {
  const { t, language } = useI18n();
  const api = useApi();
  const [asked, setAsked] = useState<Question | null>(null);
  const [items, setItems] = useState<AccessLogItem[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | undefined>(undefined);
  const [day, setDay] = useState(todayInStockholm);
  const [verification, setVerification] = useState<{ day: string; result: AccessLogVerification } | null>(null);
  const search = useAction();
  const more = useAction();
  const verifyAction = useAction();

  const ask = async (question: Question) => {
    setAsked(question);
    setItems(null);
    setNextCursor(undefined);
    more.setOutcome(null);
    const page = await search.run(() => api.accessLog(queryOf(question)));
    if (page) {
      setItems(page.items);
      setNextCursor(page.nextCursor);
    }
  };

  const showMore = async () => {
    if (!asked || !nextCursor) return;
    const page = await more.run(() => api.accessLog(queryOf(asked, nextCursor)));
    if (page) {
      setItems((shown) => [...(shown ?? []), ...page.items]);
      setNextCursor(page.nextCursor);
    }
  };

  const verdict = verification ? verdictOf(verification, t) : null;

  return (
    <div className="screen access-log">
      <h1>{t.accessLog.title}</h1>
      <p className="muted">{t.accessLog.intro}</p>
      <div className="columns">
        <div className="column-main">
          <QuestionForm
            title={t.accessLog.personTitle}
            about="person"
            label={t.accessLog.personId}
            busy={search.busy}
            onAsk={(question) => void ask(question)}
          />
          <QuestionForm
            title={t.accessLog.actorTitle}
            about="actor"
            label={t.accessLog.actor}
            hint={t.accessLog.actorHint}
            busy={search.busy}
            onAsk={(question) => void ask(question)}
          />
          <Notice outcome={search.outcome} />
          {asked && items && (
            <Section title={t.accessLog.results(items.length)}>
              <p className="muted" data-testid="access-log-asked">
                {askedText(asked, t)}. {t.accessLog.newestFirst}
              </p>
              <Table
                testId="access-log"
                columns={[
                  {
                    header: t.accessLog.at,
                    rowHeader: true,
                    className: 'nowrap',
                    cell: (item) => formatInstant(item.at, language),
                  },
                  { header: t.accessLog.actorColumn, cell: (item) => item.actor },
                  { header: t.accessLog.role, cell: (item) => t.roles[item.role] ?? item.role },
                  { header: t.accessLog.person, className: 'mono nowrap', cell: (item) => item.personId },
                  { header: t.accessLog.action, cell: (item) => t.accessLog.actions[item.action] ?? item.action },
                  {
                    header: t.accessLog.chain,
                    className: 'mono nowrap',
                    cell: (item) => `${item.stream.replace(/^accesslog-/, '')} #${item.revision}`,
                  },
                ]}
                rows={items}
                rowKey={(item) => `${item.stream}:${item.revision}`}
                rowAttributes={(item) => ({ 'data-person-id': item.personId, 'data-actor': item.actor })}
                empty={t.accessLog.none}
              />
              {nextCursor && (
                <button type="button" className="button-secondary more" disabled={more.busy} onClick={showMore}>
                  {t.accessLog.more}
                </button>
              )}
              <Notice outcome={more.outcome} />
            </Section>
          )}
        </div>
        <div className="column-side">
          <Section title={t.accessLog.verifyTitle}>
            <form
              className="stack"
              onSubmit={async (event) => {
                event.preventDefault();
                setVerification(null);
                const checked = day;
                const result = await verifyAction.run(() => api.verifyAccessLog(checked));
                if (result) setVerification({ day: checked, result });
              }}
            >
              <InputField
                label={t.accessLog.day}
                type="date"
                name="day"
                required
                max={todayInStockholm()}
                value={day}
                onValueChange={setDay}
              />
              <button type="submit" className="button-secondary" disabled={verifyAction.busy}>
                {t.accessLog.verify}
              </button>
            </form>
            {verdict && (
              <p
                className={`notice ${verdict.ok ? 'notice-success' : 'notice-error'}`}
                role="status"
                data-testid="access-log-verify-result"
              >
                {verdict.text}
              </p>
            )}
            <Notice outcome={verifyAction.outcome} />
          </Section>
        </div>
      </div>
    </div>
  );
};
