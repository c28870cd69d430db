import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { signInMessages, ui } from '../../shared';
import { LoadingStatus } from '../../components/LoadingStatus';
import type { ViewerData } from '../auth/viewerFields';
import { SendQueuePanel } from '../offers/offline/SendQueuePanel';
import { navItemsFor } from './navItems';
import { useSignOut } from './useSignOut';

/** Header, navigation, skip link and the main landmark around every signed-in page. */
export function AppShell({ viewer }: { viewer: ViewerData }) {
  const { signOut, loading } = useSignOut();
  return (
    <>
      <a className="skip-link" href="#indhold">
        {ui.app.skipLink}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__brand">
            <span className="app-header__name">{ui.app.name}</span>
            <span className="app-header__municipality">
              {viewer.municipality?.name ?? viewer.cluster?.name ?? ui.app.municipality}
            </span>
          </p>
          <div className="app-header__user">
            <p className="app-header__who">
              <span className="visually-hidden">{ui.app.signedInAs} </span>
              <span className="app-header__user-name">{viewer.name}</span>
              <span className="app-header__role">{ui.roles[viewer.role]}</span>
            </p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void signOut()}
              disabled={loading}
            >
              {loading ? ui.app.signingOut : ui.app.signOut}
            </button>
            {viewer.isAdministrator && (
              <NavLink to="/konti" className="button button--secondary">
                {signInMessages.accounts.nav}
              </NavLink>
            )}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void signOut(true)}
              disabled={loading}
            >
              {signInMessages.signOutEverywhere}
            </button>
          </div>
        </div>
        <nav className="app-nav" aria-label={ui.app.mainNav}>
          <ul className="app-nav__list">
            {navItemsFor(viewer.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="app-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="indhold" className="app-main" tabIndex={-1}>
        <SendQueuePanel />
        <Suspense fallback={<LoadingStatus text={ui.app.loadingPage} />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
