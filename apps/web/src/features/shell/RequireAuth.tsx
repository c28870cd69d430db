import { useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { RETURN_PARAM, ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { forgetViewer, rememberViewer } from '../auth/rememberedViewer';
import { useViewer } from '../auth/useViewer';
import { catalogueOwner, clearCatalogueOfOthers } from '../offers/offline/offlineStore';
import { AppShell } from './AppShell';

/** Signed-in pages: asks `me`, sends anonymous visitors to sign-in, else renders the shell. */
export function RequireAuth() {
  const { data, loading, error, refetch } = useViewer();
  const location = useLocation();
  const me = data?.me;
  const signedOut = Boolean(data) && !me;
  useEffect(() => {
    if (me) {
      rememberViewer(me);
      clearCatalogueOfOthers(catalogueOwner(me)); // another account's copy leaves the device
    } else if (signedOut) forgetViewer();
  }, [me, signedOut]);
  if (loading && !data) {
    return (
      <main id="indhold" className="app-main app-main--bare">
        <LoadingStatus text={ui.app.checkingSession} />
      </main>
    );
  }
  if (error && !data) {
    return (
      <main id="indhold" className="app-main app-main--bare">
        <h1>{ui.app.name}</h1>
        <ErrorPanel error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </main>
    );
  }
  if (!data?.me) return <Navigate to={signInReturningTo(location)} replace />;
  return <AppShell viewer={data.me} />;
}

/** The sign-in page, told to return to the page asked for (its query kept) unless that is the start page. */
export function signInReturningTo(location: { pathname: string; search: string; hash: string }): string {
  const asked = `${location.pathname}${location.search}${location.hash}`;
  return asked === '/' ? '/log-ind' : `/log-ind?${new URLSearchParams({ [RETURN_PARAM]: asked }).toString()}`;
}
