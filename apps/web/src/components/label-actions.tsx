import type { Asset } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { Notice, useAction, useApi } from './ui.js';

/**
 * Prints the aid's label. The PDF needs the bearer token, so it is fetched as a blob and opened as an object URL;
 * the tab is opened before the fetch, while the click still counts as the person's own (popup blockers), and
 * where no tab may open the PDF is downloaded instead.
 */
const openPdf = async (load: () => Promise<Blob>, fileName: string): Promise<'opened' | 'downloaded'> => {
  const tab = window.open('', '_blank');
  try {
    const url = URL.createObjectURL(await load());
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    if (tab) {
      tab.location.href = url;
      return 'opened';
    }
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    return 'downloaded';
  } catch (error) {
    tab?.close();
    throw error;
  }
};

/** "Print label", or for an aid received before unit numbers "Give a unit number" first (warehouse only). */
export const LabelActions = ({
  asset,
  canAssign,
  onAssigned,
}: {
  asset: Asset;
  canAssign: boolean;
  onAssigned: () => void;
}) => {
  const { t } = useI18n();
  const api = useApi();
  const { busy, outcome, run } = useAction();
  const { unitNumber } = asset;
  return (
    <div className="label-actions">
      {unitNumber ? (
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(
              () => openPdf(() => api.label(asset.assetId), `${unitNumber}.pdf`),
              (how) => (how === 'opened' ? t.labels.labelOpened(unitNumber) : t.labels.labelDownloaded(unitNumber)),
            )
          }
        >
          {t.labels.printLabel}
        </button>
      ) : (
        canAssign && (
          <button
            type="button"
            disabled={busy}
            onClick={async () => {
              const assigned = await run(async () => {
                await api.assignUnitNumber(asset.assetId);
                return api.asset(asset.assetId);
              });
              if (assigned?.unitNumber) onAssigned();
            }}
          >
            {t.labels.assignUnitNumber}
          </button>
        )
      )}
      <Notice outcome={outcome} />
    </div>
  );
};
