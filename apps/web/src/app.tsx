import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiClient, type Me, type SignInOptions } from './api/api-client.js';
import { completeSignIn, isSignInCallback } from './auth/identity-provider.js';
import { forgetToken, isScreen, payerIdOf, screensFor, storedToken, storeToken, type Screen } from './auth/session.js';
import { ScreenErrorBoundary } from './components/error-boundary.js';
import { ApiContext, RoleContext } from './components/ui.js';
import { LANGUAGES, useI18n, type Language } from './i18n/i18n.js';
import { AuditorScreen } from './screens/auditor.screen.js';
import { FinanceScreen } from './screens/finance.screen.js';
import { PayerScreen } from './screens/payer.screen.js';
import { PersonScreen } from './screens/person.screen.js';
import { PlannerScreen } from './screens/planner.screen.js';
import { SignInScreen } from './screens/sign-in.screen.js';
import { TransportScreen } from './screens/transport.screen.js';
import { WarehouseScreen } from './screens/warehouse.screen.js';

// The charting library is large; only those who open the dashboard load it.
const DashboardScreen = lazy(() =>
  import('./screens/dashboard.screen.js').then((module) => ({ default: module.DashboardScreen })),
);

const screenFromPath = (): Screen | null => {
  const name = window.location.pathname.replace(/^\/+/, '').split('/')[0] ?? '';
  return isScreen(name) ? name : null;
};

const LanguagePicker = () => {
  const { t, language, setLanguage } = useI18n();
  return (
    <label className="language-picker">
      <span>{t.language}</span>
      <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {(Object.keys(LANGUAGES) as Language[]).map((code) => (
          <option key={code} value={code}>
            {LANGUAGES[code].languageName}
          </option>
        ))}
      </select>
    </label>
  );
};

export const App = () => {
  const { t } = useI18n();
  const [token, setToken] = useState<string | null>(storedToken);
  const [me, setMe] = useState<Me | null>(null);
  const [signInProblem, setSignInProblem] = useState<string | null>(null);
  const [screen, setScreen] = useState<Screen | null>(screenFromPath);
  const [signInOptions, setSignInOptions] = useState<SignInOptions | null>(null);

  useEffect(() => {
    let current = true;
    new ApiClient(null)
      .signInOptions()
      .then(async (options) => {
        if (!current) return;
        setSignInOptions(options);
        // Back from the identity provider: trade the code for the access token, then leave the callback address.
        if (!isSignInCallback() || !options.oidc) return;
        try {
          const accessToken = await completeSignIn(options.oidc);
          if (current) setToken(accessToken);
        } catch {
          if (current) setSignInProblem(t.signIn.callbackFailed);
        } finally {
          window.history.replaceState(null, '', '/');
        }
      })
      .catch(() => setSignInOptions({ oidc: null, demo: false }));
    return () => {
      current = false;
    };
    // Once per page load: the options and the callback do not change while the page lives.
  }, []);

  const signOut = useCallback(() => {
    forgetToken();
    setToken(null);
    setMe(null);
  }, []);

  const [expired, setExpired] = useState(false);
  const api = useMemo(
    () =>
      new ApiClient(token, () => {
        signOut();
        setExpired(true);
      }),
    [token, signOut],
  );

  useEffect(() => {
    if (!token) return;
    let current = true;
    new ApiClient(token)
      .me()
      .then((principal) => {
        if (!current) return;
        storeToken(token);
        setSignInProblem(null);
        setMe(principal);
      })
      .catch(() => {
        if (!current) return;
        forgetToken();
        setToken(null);
        setSignInProblem(t.signIn.tokenRejected);
      });
    return () => {
      current = false;
    };
  }, [token, t]);

  useEffect(() => {
    const onPop = () => setScreen(screenFromPath());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const offered = me ? screensFor(me.role) : [];
  const active: Screen | null = screen && offered.includes(screen) ? screen : (offered[0] ?? null);

  useEffect(() => {
    if (active && screenFromPath() !== active) window.history.replaceState(null, '', `/${active}`);
  }, [active]);

  useEffect(() => {
    document.title = active ? `${t.screens[active]} · aidledger` : 'aidledger';
  }, [active, t]);

  const go = (next: Screen) => {
    window.history.pushState(null, '', `/${next}`);
    setScreen(next);
  };

  return (
    <ApiContext.Provider value={api}>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t.appName}</span>
          <span className="brand-tagline">{t.appTagline}</span>
        </div>
        {me && (
          <nav aria-label={t.mainNavigation} className="tabs">
            {offered.map((name) => (
              <a
                key={name}
                href={`/${name}`}
                aria-current={name === active ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  go(name);
                }}
              >
                {t.screens[name]}
              </a>
            ))}
          </nav>
        )}
        <div className="topbar-end">
          <LanguagePicker />
          {me && (
            <>
              <span className="who" data-testid="signed-in-as">
                {t.signedInAs(me.name, t.roles[me.role] ?? me.role)}
              </span>
              <button type="button" className="button-quiet" onClick={signOut}>
                {t.signOut}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {token && !me ? (
          <p className="muted" role="status">
            {t.loading}
          </p>
        ) : !token || !me ? (
          <SignInScreen
            options={signInOptions}
            problem={signInProblem ?? (expired ? t.errors.unauthorized : null)}
            onToken={(next) => {
              setSignInProblem(null);
              setExpired(false);
              setToken(next);
            }}
          />
        ) : offered.length === 0 ? (
          <p role="status">{t.noScreens}</p>
        ) : (
          <RoleContext.Provider value={me.role}>
            <ScreenErrorBoundary key={active} message={t.errors.screenFailed} retry={t.errors.retry}>
              {active === 'warehouse' && <WarehouseScreen />}
              {active === 'transport' && <TransportScreen />}
              {active === 'planner' && <PlannerScreen />}
              {active === 'person' && <PersonScreen />}
              {active === 'auditor' && <AuditorScreen />}
              {active === 'finance' && <FinanceScreen />}
              {active === 'payer' && <PayerScreen payerId={payerIdOf(token)} />}
              {active === 'dashboard' && (
                <Suspense fallback={<p>{t.loading}</p>}>
                  <DashboardScreen />
                </Suspense>
              )}
            </ScreenErrorBoundary>
          </RoleContext.Provider>
        )}
      </main>
    </ApiContext.Provider>
  );
};
