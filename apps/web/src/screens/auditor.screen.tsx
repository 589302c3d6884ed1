import { useState } from 'react';
import { ApiError, type Asset, type ChainVerification, type HistoryEvent } from '../api/api-client.js';
import { AssetCard, AssetFinder } from '../components/asset-finder.js';
import { AccessLogScreen } from './access-log.screen.js';
import { RecallProgress } from '../components/recall-progress.js';
import { InputField, Notice, Section, StatusBadge, useAction, useApi } from '../components/ui.js';
import { Day, formatInstant, useI18n } from '../i18n/i18n.js';
import type { Messages } from '../i18n/sv.js';

/** Each event with the status the aid had before it, so the timeline marks where its status changed. */
const withStatusChanges = (events: HistoryEvent[]) =>
  events.map((event, index) => ({ event, before: index === 0 ? null : (events[index - 1]?.statusAfter ?? null) }));

type Amendment = { by: HistoryEvent; to?: string };

/** By revision: the corrections and reversals that name an earlier event, so it is shown beside what changed it. */
const amendmentsOf = (events: HistoryEvent[]): Map<number, Amendment[]> => {
  const amendments = new Map<number, Amendment[]>();
  for (const event of events) {
    if (event.type !== 'BusinessDateCorrected' && event.type !== 'AidDeliveryReversed') continue;
    const revision = Number(event.data.revision);
    const to = event.type === 'BusinessDateCorrected' ? String(event.data.to) : undefined;
    amendments.set(revision, [...(amendments.get(revision) ?? []), { by: event, to }]);
  }
  return amendments;
};

const Amendments = ({ event, amendments }: { event: HistoryEvent; amendments: Amendment[] }) => {
  const { t, language } = useI18n();
  const reason = (by: HistoryEvent) => String(by.data.reason ?? '');
  return (
    <>
      {amendments.map(({ by, to }) => (
        <p key={by.revision} className="notice notice-warning" data-testid="amended-by">
          {to === undefined
            ? t.auditor.reversedBy(by.revision, reason(by))
            : t.auditor.correctedTo(to, formatInstant(by.recordedAt, language), reason(by))}
        </p>
      ))}
      {event.type === 'BusinessDateCorrected' && (
        <p className="muted" data-testid="amends">
          {t.auditor.corrects(Number(event.data.revision), String(event.data.from), String(event.data.to))}
        </p>
      )}
      {event.type === 'AidDeliveryReversed' && (
        <p className="muted" data-testid="amends">
          {t.auditor.reverses(Number(event.data.revision))}
        </p>
      )}
    </>
  );
};

const showValue = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

const Changes = ({ data }: { data: Record<string, unknown> }) => {
  const entries = Object.entries(data).filter(([key]) => key !== 'assetId');
  if (entries.length === 0) return null;
  return (
    <dl className="changes">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{showValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
};

const chainText = (result: ChainVerification, t: Messages): { ok: boolean; text: string } =>
  result.valid
    ? { ok: true, text: t.auditor.verifyOk(result.events) }
    : { ok: false, text: t.auditor.verifyBroken(String(result.brokenAtRevision ?? '?')) };

const toLocalInput = (date: Date): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** An aid's history, its state at an instant and its tamper check. */
const AidAudit = () => {
  const { t, language } = useI18n();
  const api = useApi();
  const [asset, setAsset] = useState<Asset | null>(null);
  const [events, setEvents] = useState<HistoryEvent[] | null>(null);
  const [asOf, setAsOf] = useState(() => toLocalInput(new Date()));
  const [stateThen, setStateThen] = useState<Asset | null | 'unknown'>(null);
  const [verification, setVerification] = useState<ChainVerification | null>(null);
  const history = useAction();
  const asOfAction = useAction();
  const verifyAction = useAction();

  const open = async (found: Asset) => {
    setAsset(found);
    setEvents(null);
    setStateThen(null);
    setVerification(null);
    asOfAction.setOutcome(null);
    verifyAction.setOutcome(null);
    const answer = await history.run(() => api.history(found.assetId));
    if (answer) setEvents(answer.events);
  };

  const verdict = verification ? chainText(verification, t) : null;
  const amendments = events ? amendmentsOf(events) : new Map<number, Amendment[]>();

  return (
    <div className="screen auditor">
      <h1>{t.auditor.title}</h1>
      <Section title={t.warehouse.findTitle}>
        <AssetFinder onFound={(found) => void open(found)} buttonText={t.auditor.find} />
      </Section>
      {asset && (
        <div className="columns">
          <div className="column-main">
            <Section title={`${t.auditor.timeline}${events ? ` (${events.length})` : ''}`}>
              <Notice outcome={history.outcome} />
              {events === null && !history.outcome && <p>{t.loading}</p>}
              {events && (
                <ol className="timeline" data-testid="timeline">
                  {withStatusChanges(events).map(({ event, before }) => (
                    <li key={event.revision} className="timeline-event" data-event-type={event.type}>
                      <div className="timeline-head">
                        <span className="timeline-type">{t.events[event.type] ?? event.type}</span>
                        <span className="muted mono">#{event.revision}</span>
                      </div>
                      <dl className="timeline-facts">
                        <div>
                          <dt>{t.auditor.actor}</dt>
                          <dd>{event.metadata.actor}</dd>
                        </div>
                        <div>
                          <dt>{t.auditor.recordedAt}</dt>
                          <dd>{formatInstant(event.recordedAt, language)}</dd>
                        </div>
                        <div>
                          <dt>{t.auditor.businessDate}</dt>
                          <dd>{event.businessDate ? <Day value={event.businessDate} /> : '—'}</dd>
                        </div>
                      </dl>
                      {before !== event.statusAfter && (
                        <p className="status-change">
                          {before ? (
                            <>
                              <StatusBadge status={before} /> → <StatusBadge status={event.statusAfter} />
                            </>
                          ) : (
                            <StatusBadge status={event.statusAfter} />
                          )}
                        </p>
                      )}
                      <Amendments event={event} amendments={amendments.get(event.revision) ?? []} />
                      <Changes data={event.data} />
                    </li>
                  ))}
                </ol>
              )}
            </Section>
          </div>
          <div className="column-side">
            <Section title={t.asset.status}>
              <AssetCard asset={asset} />
            </Section>
            <Section title={t.auditor.verifyTitle}>
              <button
                type="button"
                disabled={verifyAction.busy}
                onClick={async () => {
                  setVerification(null);
                  const result = await verifyAction.run(() => api.verifyHistory(asset.assetId));
                  if (result) setVerification(result);
                }}
              >
                {t.auditor.verify}
              </button>
              {verdict && (
                <p
                  className={`notice ${verdict.ok ? 'notice-success' : 'notice-error'}`}
                  role="status"
                  data-testid="verify-result"
                >
                  {verdict.text}
                </p>
              )}
              <Notice outcome={verifyAction.outcome} />
            </Section>
            <Section title={t.auditor.asOfTitle}>
              <form
                className="stack"
                onSubmit={async (event) => {
                  event.preventDefault();
                  setStateThen(null);
                  const instant = new Date(asOf.replace(' ', 'T'));
                  if (Number.isNaN(instant.getTime())) return;
                  const result = await asOfAction.run(async () => {
                    try {
                      return await api.asset(asset.assetId, instant.toISOString());
                    } catch (error) {
                      if (error instanceof ApiError && error.status === 404) return 'unknown' as const;
                      throw error;
                    }
                  });
                  if (result) setStateThen(result);
                }}
              >
                <InputField
                  label={t.auditor.asOfLabel}
                  type="datetime-local"
                  name="asOf"
                  required
                  value={asOf}
                  onValueChange={setAsOf}
                />
                <button type="submit" className="button-secondary" disabled={asOfAction.busy}>
                  {t.auditor.asOf}
                </button>
              </form>
              <Notice outcome={asOfAction.outcome} />
              {stateThen === 'unknown' && <p className="notice notice-info">{t.auditor.notYetKnown}</p>}
              {stateThen && stateThen !== 'unknown' && (
                <div data-testid="as-of-state">
                  <p>{t.auditor.asOfResult(formatInstant(new Date(asOf.replace(' ', 'T')).toISOString(), language))}</p>
                  <AssetCard asset={stateThen} />
                </div>
              )}
            </Section>
          </div>
        </div>
      )}
      <RecallProgress />
    </div>
  );
};

const PARTS = ['aids', 'access-log'] as const;
type Part = (typeof PARTS)[number];

const partAddress = (part: Part): string => (part === 'aids' ? '/auditor' : `/auditor?part=${part}`);
const partFromAddress = (): Part =>
  new URLSearchParams(window.location.search).get('part') === 'access-log' ? 'access-log' : 'aids';

/** The auditor's two questions: what happened to an aid, and who has read what about a person. */
export const AuditorScreen = () => {
  const { t } = useI18n();
  const [part, setPart] = useState<Part>(partFromAddress);
  const names: Record<Part, string> = { aids: t.auditor.partAids, 'access-log': t.auditor.partAccessLog };
  return (
    <>
      <nav aria-label={t.auditor.parts} className="sub-nav">
        {PARTS.map((name) => (
          <a
            key={name}
            href={partAddress(name)}
            aria-current={name === part ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              window.history.replaceState(null, '', partAddress(name));
              setPart(name);
            }}
          >
            {names[name]}
          </a>
        ))}
      </nav>
      {part === 'aids' ? <AidAudit /> : <AccessLogScreen />}
    </>
  );
};
