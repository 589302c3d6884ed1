import type { ExportFile, ExportFormat, ExportName } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { Notice, useAction, useApi } from './ui.js';

/** Hands a fetched file to the browser's own download, under the name the API gave it. */
const save = ({ blob, fileName }: ExportFile): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the blob by the next turn; the URL would otherwise hold it until the page closes.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel' },
];

/** Download buttons for what a table shows: the same export as CSV or Excel. */
export const ExportButtons = ({
  name,
  what,
  query,
}: {
  name: ExportName;
  /** What the file holds, for the buttons' accessible names ("Ladda ner <what> som CSV"). */
  what: string;
  query?: Record<string, string | undefined>;
}) => {
  const { t } = useI18n();
  const api = useApi();
  const download = useAction();
  return (
    <div className="export-buttons" data-testid={`export-${name}`}>
      <span className="muted">{t.exports.download}</span>
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          className="button-secondary"
          aria-label={t.exports.downloadAs(what, label)}
          disabled={download.busy}
          onClick={() => void download.run(async () => save(await api.exportFile(name, format, query)))}
        >
          {label}
        </button>
      ))}
      <Notice outcome={download.outcome} />
    </div>
  );
};
