import { forwardRef, useId, useImperativeHandle, useRef, useState } from 'react';
import { ApiError, type Asset, type AssetIndexItem } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { Field, Notice, StatusBadge, useAction, useApi } from './ui.js';

export type AssetFinderHandle = { focus: () => void };

/**
 * A scanner types the label and presses Enter: the field keeps focus and selects its text,
 * so the next scan replaces the previous one.
 */
export const AssetFinder = forwardRef<
  AssetFinderHandle,
  { onFound: (asset: Asset) => void; label?: string; hint?: string; buttonText?: string; autoFocus?: boolean }
>(({ onFound, label, hint, buttonText, autoFocus = true }, ref) => {
  const { t } = useI18n();
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<AssetIndexItem[]>([]);
  const { busy, outcome, setOutcome, run } = useAction();

  useImperativeHandle(ref, () => ({ focus: () => input.current?.focus() }), []);

  const load = async (assetId: string) => {
    const asset = await run(() => api.asset(assetId));
    if (asset) {
      setMatches([]);
      onFound(asset);
    }
  };

  const find = async () => {
    const wanted = query.trim();
    input.current?.select();
    if (!wanted) return;
    setMatches([]);
    const asset = await run(async () => {
      try {
        return await api.asset(wanted);
      } catch (error) {
        if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 400)) throw error;
        const found = await api.assets({ q: wanted });
        if (found.items.length === 1 && found.items[0]) return api.asset(found.items[0].assetId);
        setMatches(found.items.slice(0, 20));
        if (found.items.length === 0)
          setOutcome({ kind: 'error', text: { message: t.warehouse.noMatch(wanted), fields: [] } });
        return undefined;
      }
    });
    if (asset) onFound(asset);
    input.current?.focus();
  };

  return (
    <div className="asset-finder">
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void find();
        }}
      >
        <Field label={label ?? t.warehouse.findLabel}>
          {(props) => (
            <input
              {...props}
              aria-describedby={hint ? hintId : undefined}
              ref={input}
              name="assetQuery"
              autoFocus={autoFocus}
              autoComplete="off"
              spellCheck={false}
              inputMode="text"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          {buttonText ?? t.warehouse.find}
        </button>
      </form>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <Notice outcome={outcome} />
      {matches.length > 1 && (
        <div className="matches">
          <p>{t.warehouse.matches}</p>
          <ul>
            {matches.map((match) => (
              <li key={match.assetId}>
                <button type="button" className="button-quiet" onClick={() => void load(match.assetId)}>
                  {match.serialNumber} · {match.articleNo} · <StatusBadge status={match.status} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
});
AssetFinder.displayName = 'AssetFinder';

export const AssetCard = ({ asset, articleName }: { asset: Asset; articleName?: string }) => {
  const { t } = useI18n();
  return (
    <dl className="asset-card" data-testid="asset-card">
      <div>
        <dt>{t.asset.status}</dt>
        <dd data-testid="asset-status">
          <StatusBadge status={asset.status} />
        </dd>
      </div>
      <div>
        <dt>{t.asset.article}</dt>
        <dd>
          {asset.articleNo}
          {articleName ? ` – ${articleName}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t.asset.serialNumber}</dt>
        <dd>{asset.serialNumber}</dd>
      </div>
      <div>
        <dt>{t.asset.assetId}</dt>
        <dd className="mono" data-testid="asset-id">
          {asset.assetId}
        </dd>
      </div>
      <div>
        <dt>{t.asset.location}</dt>
        <dd>{asset.location || t.none}</dd>
      </div>
      <div>
        <dt>{t.asset.person}</dt>
        <dd className="mono">{asset.personId || t.none}</dd>
      </div>
      <div>
        <dt>{t.asset.order}</dt>
        <dd className="mono">{asset.orderId || t.none}</dd>
      </div>
    </dl>
  );
};
