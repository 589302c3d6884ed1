import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

export type ProviderSettings = { issuer: string; clientId: string; scope: string };

/** Where the identity provider sends the browser back with the authorization code. */
export const CALLBACK_PATH = '/auth/callback';

/** Authorization code + PKCE (oidc-client-ts's default for a code flow), state kept for this tab only. */
const userManager = ({ issuer, clientId, scope }: ProviderSettings): UserManager =>
  new UserManager({
    authority: issuer,
    client_id: clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    response_type: 'code',
    scope,
    loadUserInfo: false,
    automaticSilentRenew: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });

export const isSignInCallback = (): boolean => window.location.pathname === CALLBACK_PATH;

/** Leaves for the provider's sign-in page; the browser comes back to CALLBACK_PATH. */
export const signInWithProvider = (settings: ProviderSettings): Promise<void> => userManager(settings).signinRedirect();

/** Exchanges the code the provider sent back (with the PKCE verifier) for the access token the API accepts. */
export const completeSignIn = async (settings: ProviderSettings): Promise<string> => {
  const user = await userManager(settings).signinRedirectCallback();
  return user.access_token;
};
