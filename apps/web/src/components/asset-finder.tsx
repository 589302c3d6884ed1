import { forwardRef, lazy, Suspense, useCallback, useId, useImperativeHandle, useRef, useState } from 'react';
import { ApiError, type Asset, type AssetIndexItem } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { Field, Notice, StatusBadge, useAction, useApi } from './ui.js';

export type AssetFinderHandle = { focus: () => void };

/** Loaded when the camera is first opened: the barcode reader stays out of the screens' bundle. */
const CameraScanner = lazy(() => import('./camera-scanner.js'));
const hasCamera = (): boolean => typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

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
  const [camera, setCamera] = useState(false);
  const { busy, outcome, setOutcome, run } = useAction();

  useImperativeHandle(ref, () => ({ focus: () => input.current?.focus() }), []);

  const load = async (assetId: string) => {
    const asset = await run(() => api.asset(assetId));
    if (asset) {
      setMatches([]);
      onFound(asset);
    }
  };

  /** The unit number, id or serial number as scanned; else the aids whose id, serial or unit number begin so. */
  const find = async (code: string = query) => {
    const wanted = code.trim();
    input.current?.select();
    if (!wanted) return;
    setMatches([]);
    const asset = await run(async () => {
      try {
        return await api.scan(wanted);
      } catch (error) {
        if (!(error instanceof ApiError) || ![400, 404, 409].includes(error.status)) throw error;
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

  // The camera keeps one callback while it runs; it calls the latest `find`.
  const findRef = useRef(find);
  findRef.current = find;
  const scanned = useCallback((code: string) => {
    setCamera(false);
    setQuery(code);
    void findRef.current(code);
  }, []);

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
        {hasCamera() && (
          <button type="button" className="button-quiet" onClick={() => setCamera(true)} disabled={camera}>
            {t.labels.camera}
          </button>
        )}
      </form>
      {camera && (
        <Suspense fallback={<p>{t.loading}</p>}>
          <CameraScanner onCode={scanned} onClose={() => setCamera(false)} />
        </Suspense>
      )}
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
                  {match.unitNumber ? `${match.unitNumber} · ` : ''}
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
        <dt>{t.labels.unitNumber}</dt>
        <dd className="mono unit-number" data-testid="asset-unit-number">
          {asset.unitNumber ?? t.labels.noUnitNumber}
        </dd>
      </div>
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
