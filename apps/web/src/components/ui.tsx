import {
  createContext,
  useCallback,
  useContext,
  useId,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import { ApiClient, type AssetStatus, type Role } from '../api/api-client.js';
import { errorText, type ErrorText } from '../api/problem-text.js';
import { useI18n } from '../i18n/i18n.js';

export const ApiContext = createContext<ApiClient>(new ApiClient(null));
export const useApi = (): ApiClient => useContext(ApiContext);

export const RoleContext = createContext<Role>('viewer');
export const useRole = (): Role => useContext(RoleContext);

/** Today in Europe/Stockholm as YYYY-MM-DD, the zone every business date is meant in. */
export const todayInStockholm = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

export const monthOf = (day: string): string => day.slice(0, 7);

/** The month `by` months after `month` (before, when negative), both YYYY-MM. */
export const shiftMonth = (month: string, by: number): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1 + by, 1)).toISOString().slice(0, 7);
};

export type Outcome = { kind: 'error'; text: ErrorText } | { kind: 'success'; message: string } | null;

export const Notice = ({ outcome }: { outcome: Outcome }) => {
  const { t } = useI18n();
  if (!outcome) return null;
  if (outcome.kind === 'success')
    return (
      <p className="notice notice-success" role="status">
        {outcome.message}
      </p>
    );
  const { message, fields, detail } = outcome.text;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{message}</p>
      {fields.length > 0 && (
        <>
          <p>{t.errors.fieldsTitle}</p>
          <ul>
            {fields.map((field) => (
              <li key={field}>{field}</li>
            ))}
          </ul>
        </>
      )}
      {detail && (
        <p className="notice-detail">
          {t.errors.serverSaid}: {detail}
        </p>
      )}
    </div>
  );
};

/** Runs one user action at a time and keeps its outcome; a failure never leaves the screen half-done. */
export const useAction = () => {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = useCallback(
    async <T,>(
      work: () => Promise<T>,
      successMessage?: (result: T) => string,
      explain?: (error: unknown, text: ErrorText) => Promise<ErrorText> | ErrorText,
    ): Promise<T | undefined> => {
      setBusy(true);
      setOutcome(null);
      try {
        const result = await work();
        if (successMessage) setOutcome({ kind: 'success', message: successMessage(result) });
        return result;
      } catch (error) {
        const text = errorText(error, t);
        setOutcome({ kind: 'error', text: explain ? await explain(error, text) : text });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, outcome, setOutcome, run };
};

export const Field = ({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (props: { id: string; 'aria-describedby'?: string }) => ReactNode;
}) => {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': hintId })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
};

type InputFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
  label: string;
  hint?: string;
  value: string | number;
  onValueChange: (value: string) => void;
};

const CALENDAR_FIELDS = {
  date: { pattern: '\\d{4}-\\d{2}-\\d{2}', maxLength: 10, format: 'dayFormat' },
  month: { pattern: '\\d{4}-\\d{2}', maxLength: 7, format: 'monthFormat' },
  'datetime-local': { pattern: '\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}', maxLength: 16, format: 'minuteFormat' },
} as const;

const isCalendar = (type: string | undefined): type is keyof typeof CALENDAR_FIELDS =>
  type !== undefined && Object.hasOwn(CALENDAR_FIELDS, type);

/**
 * A day or month typed as the Swedish ISO form (2026-11-30) under every language and browser: the browser's own
 * date fields follow the browser's language (11/30/2026 in an American one) whatever the screen's. Days compare
 * as text, so the range is checked here.
 */
const CalendarInput = ({
  type,
  min,
  max,
  onValueChange,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'type'> & {
  type: keyof typeof CALENDAR_FIELDS;
  onValueChange: (value: string) => void;
}) => {
  const { t } = useI18n();
  const { pattern, maxLength, format } = CALENDAR_FIELDS[type];
  return (
    <input
      {...input}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      pattern={pattern}
      maxLength={maxLength}
      placeholder={t.dateFields[format]}
      title={t.dateFields[format]}
      data-calendar={type}
      onChange={(event) => {
        const value = event.target.value.trim();
        const complete = value.length === maxLength;
        event.target.setCustomValidity(
          complete && typeof min === 'string' && min && value < min
            ? t.dateFields.notBefore(min)
            : complete && typeof max === 'string' && max && value > max
              ? t.dateFields.notAfter(max)
              : '',
        );
        onValueChange(value);
      }}
    />
  );
};

/** A labelled input whose label, hint and focus order come from `Field`. */
export const InputField = ({ label, hint, onValueChange, type, ...input }: InputFieldProps) => (
  <Field label={label} hint={hint}>
    {(props) =>
      isCalendar(type) ? (
        <CalendarInput {...props} {...input} type={type} onValueChange={onValueChange} />
      ) : (
        <input {...props} {...input} type={type} onChange={(event) => onValueChange(event.target.value)} />
      )
    }
  </Field>
);

/** A required business date; by default no later than today in Stockholm, since it records what has happened. */
export const DateField = (props: Omit<InputFieldProps, 'type'>) => (
  <InputField type="date" required max={todayInStockholm()} {...props} />
);

export const StatusBadge = ({ status }: { status: AssetStatus }) => {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t.status[status] ?? status}</span>;
};

/** The id of the enclosing section's heading, so what lies in it (a scrollable table) can be named by it. */
export const SectionHeadingContext = createContext<string | undefined>(undefined);

export const Section = ({ title, children, className }: { title: string; children: ReactNode; className?: string }) => {
  const id = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <SectionHeadingContext.Provider value={id}>{children}</SectionHeadingContext.Provider>
    </section>
  );
};
