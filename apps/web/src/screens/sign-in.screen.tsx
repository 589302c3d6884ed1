import { useEffect, useState } from 'react';
import { ApiClient, type DemoToken, type SignInOptions } from '../api/api-client.js';
import { signInWithProvider } from '../auth/identity-provider.js';
import { Field, Section } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';

type SignInProps = { problem: string | null; options: SignInOptions | null; onToken: (token: string) => void };

/** The region's identity provider first when there is one; demo users in demo mode; a pasted token always. */
export const SignInScreen = ({ problem, options, onToken }: SignInProps) => {
  const { t } = useI18n();
  const [pasted, setPasted] = useState('');
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const [demoTokens, setDemoTokens] = useState<DemoToken[]>([]);

  useEffect(() => {
    if (!options?.demo) return;
    new ApiClient(null)
      .demoTokens()
      .then((answer) => setDemoTokens(answer.tokens ?? []))
      .catch(() => setDemoTokens([]));
  }, [options?.demo]);

  const shown = localProblem ?? problem;
  const provider = options?.oidc;

  return (
    <div className="sign-in">
      {provider && (
        <Section title={t.signIn.providerTitle}>
          <p>{t.signIn.providerIntro}</p>
          <button
            type="button"
            onClick={() => {
              signInWithProvider(provider).catch(() => setLocalProblem(t.signIn.providerUnreachable));
            }}
          >
            {t.signIn.withProvider}
          </button>
        </Section>
      )}
      <Section title={provider ? t.signIn.serviceTitle : t.signIn.title}>
        <p>{t.signIn.intro}</p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const token = pasted.trim().replace(/^Bearer\s+/i, '');
            if (!token) {
              setLocalProblem(t.signIn.emptyToken);
              return;
            }
            setLocalProblem(null);
            onToken(token);
          }}
        >
          <Field label={t.signIn.tokenLabel} hint={t.signIn.tokenHint}>
            {(props) => (
              <textarea
                {...props}
                name="token"
                rows={3}
                autoComplete="off"
                spellCheck={false}
                value={pasted}
                onChange={(event) => setPasted(event.target.value)}
              />
            )}
          </Field>
          {shown && (
            <p className="notice notice-error" role="alert">
              {shown}
            </p>
          )}
          <button type="submit">{t.signIn.submit}</button>
        </form>
      </Section>
      {demoTokens.length > 0 && (
        <Section title={t.signIn.demoTitle}>
          <p>{t.signIn.demoIntro}</p>
          <ul className="demo-tokens">
            {demoTokens.map((demo) => (
              <li key={demo.role}>
                <button type="button" className="button-secondary" onClick={() => onToken(demo.token)}>
                  {t.signIn.demoAs(demo.name, t.roles[demo.role] ?? demo.role)}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
};
