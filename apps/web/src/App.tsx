import { Suspense } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { ui } from './shared';
import { LoadingStatus } from './components/LoadingStatus';
import { lazyNamed } from './components/lazyNamed';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { RequireAuth } from './features/shell/RequireAuth';
import { RoleRoute } from './features/shell/RoleRoute';
import { SendQueueProvider } from './features/offers/offline/SendQueueProvider';

// Each route is its own chunk: the overview's initial JavaScript stays within budget (bench/web-bundle-size.ts).
const SignInPage = lazyNamed(() => import('./features/auth/SignInPage'), 'SignInPage');
const OverviewPage = lazyNamed(() => import('./features/overview/OverviewPage'), 'OverviewPage');
const OffersPage = lazyNamed(() => import('./features/offers/OffersPage'), 'OffersPage');
const OfferPage = lazyNamed(() => import('./features/offers/OfferPage'), 'OfferPage');
const PrintSheetPage = lazyNamed(() => import('./features/offers/PrintSheetPage'), 'PrintSheetPage');
const PublicOfferPage = lazyNamed(() => import('./features/offers/PublicOfferPage'), 'PublicOfferPage');
const OutboxPage = lazyNamed(() => import('./features/offers/OutboxPage'), 'OutboxPage');
const OfferFormPage = lazyNamed(() => import('./features/offers/OfferFormPage'), 'OfferFormPage');
const MaintenancePage = lazyNamed(() => import('./features/offers/MaintenancePage'), 'MaintenancePage');
const ReformTransfersPage = lazyNamed(() => import('./features/reform/ReformTransfersPage'), 'ReformTransfersPage');
const OrganisationPage = lazyNamed(() => import('./features/organisation/OrganisationPage'), 'OrganisationPage');
const ThemesPage = lazyNamed(() => import('./features/themes/ThemesPage'), 'ThemesPage');
const ThemePage = lazyNamed(() => import('./features/themes/ThemePage'), 'ThemePage');
const ProjectPage = lazyNamed(() => import('./features/projects/page/ProjectPage'), 'ProjectPage');
const ClusterPage = lazyNamed(() => import('./features/cluster/ClusterPage'), 'ClusterPage');
const CalculationsPage = lazyNamed(() => import('./features/calculations/CalculationsPage'), 'CalculationsPage');
const QuarterlyReportPage = lazyNamed(() => import('./features/reports/QuarterlyReportPage'), 'QuarterlyReportPage');
const ProjectsPage = lazyNamed(() => import('./features/projects/ProjectsPage'), 'ProjectsPage');
const ProjectFormPage = lazyNamed(() => import('./features/projects/ProjectFormPage'), 'ProjectFormPage');
const CloseProjectPage = lazyNamed(() => import('./features/projects/CloseProjectPage'), 'CloseProjectPage');
const MoveProjectPage = lazyNamed(() => import('./features/projects/MoveProjectPage'), 'MoveProjectPage');
const TasksPage = lazyNamed(() => import('./features/tasks/TasksPage'), 'TasksPage');
// Cluster meetings (issue 10): the secretariat's screens, the print pages and the public minutes.
const MeetingPage = lazyNamed(() => import('./features/cluster/meetings/MeetingPage'), 'MeetingPage');
const MeetingFormPage = lazyNamed(() => import('./features/cluster/meetings/MeetingFormPage'), 'MeetingFormPage');
const MeetingPrintPage = lazyNamed(() => import('./features/cluster/meetings/MeetingPrintPage'), 'MeetingPrintPage');
const PublicMinutesPage = lazyNamed(() => import('./features/cluster/meetings/PublicMinutesPage'), 'PublicMinutesPage');
const CofinancingPage = lazyNamed(() => import('./features/cofinancing/CofinancingPage'), 'CofinancingPage');
const ProposalsPage = lazyNamed(() => import('./features/proposals/ProposalsPage'), 'ProposalsPage');
const BodyMeetingsPage = lazyNamed(() => import('./features/proposals/BodyMeetingsPage'), 'BodyMeetingsPage');
const ProposalPage = lazyNamed(() => import('./features/proposals/ProposalPage'), 'ProposalPage');
const PricesPage = lazyNamed(() => import('./features/proposals/PricesPage'), 'PricesPage');
const LocalAccountsPage = lazyNamed(() => import('./features/auth/LocalAccountsPage'), 'LocalAccountsPage');

/** The pages a first request may open, most specific first, for preloadRoute. */
const firstPages: readonly [string, { preload(): Promise<void> }][] = [
  ['/log-ind', SignInPage],
  ['/', OverviewPage],
  ['/opgaver', TasksPage],
  ['/tilbud', OffersPage],
  ['/tilbud/udbakke', OutboxPage],
  ['/tilbud/vedligehold', MaintenancePage],
  ['/tilbud/:id', OfferPage],
  ['/offentligt/tilbud/:id', PublicOfferPage],
  ['/temaer', ThemesPage],
  ['/temaer/:id', ThemePage],
  ['/projekter', ProjectsPage],
  ['/projekter/ny', ProjectFormPage],
  ['/projekter/:id', ProjectPage],
  ['/organisation', OrganisationPage],
  ['/klynge', ClusterPage],
  ['/beregninger', CalculationsPage],
  ['/rapporter/kvartal', QuarterlyReportPage],
  ['/offentligt/moeder/:id', PublicMinutesPage],
  ['/klynge/moeder/ny', MeetingFormPage],
  ['/klynge/moeder/:id', MeetingPage],
  ['/medfinansiering', CofinancingPage],
  ['/forslag', ProposalsPage],
  ['/forslag/moeder', BodyMeetingsPage],
  ['/forslag/:id', ProposalPage],
  ['/priser', PricesPage],
];

/**
 * Starts loading the first page's module together with the app's first request (who is signed in),
 * instead of after it, so the page usually renders without suspending (see lazyNamed).
 */
export function preloadRoute(pathname: string): Promise<void> {
  const page = firstPages.find(([pattern]) => matchPath(pattern, pathname));
  // A failed load shows on the route's own error path when it renders.
  return page ? page[1].preload().catch(() => undefined) : Promise.resolve();
}

/**
 * The route table. Paths are Danish because users see them. The offline send queue sits above the routes:
 * it outlives the sign-in page, so a queue made offline goes once the worker has signed in again.
 */
export function App() {
  return (
    <SendQueueProvider>
      <AppRoutes />
    </SendQueueProvider>
  );
}

function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/log-ind"
        element={
          <Suspense fallback={<LoadingStatus text={ui.app.loadingPage} />}>
            <SignInPage />
          </Suspense>
        }
      />
      <Route
        path="/offentligt/tilbud/:id"
        element={
          <Suspense fallback={<LoadingStatus text={ui.app.loadingPage} />}>
            <PublicOfferPage />
          </Suspense>
        }
      />
      <Route
        path="/offentligt/moeder/:id"
        element={
          <Suspense fallback={<LoadingStatus text={ui.app.loadingPage} />}>
            <PublicMinutesPage />
          </Suspense>
        }
      />
      <Route element={<RequireAuth />}>
        <Route
          index
          element={
            <RoleRoute path="/">
              <OverviewPage />
            </RoleRoute>
          }
        />
        <Route
          path="tilbud"
          element={
            <RoleRoute path="/tilbud">
              <OffersPage />
            </RoleRoute>
          }
        />
        <Route
          path="tilbud/udbakke"
          element={
            <RoleRoute path="/tilbud/udbakke">
              <OutboxPage />
            </RoleRoute>
          }
        />
        <Route
          path="tilbud/vedligehold"
          element={
            <RoleRoute path="/tilbud/vedligehold">
              <MaintenancePage />
            </RoleRoute>
          }
        />
        <Route
          path="konti"
          element={
            <RoleRoute path="/konti">
              <LocalAccountsPage />
            </RoleRoute>
          }
        />
        <Route
          path="tilbud/opgaveflyt"
          element={
            <RoleRoute path="/tilbud/opgaveflyt">
              <ReformTransfersPage />
            </RoleRoute>
          }
        />
        <Route
          path="tilbud/ny"
          element={
            <RoleRoute path="/tilbud/ny">
              <OfferFormPage />
            </RoleRoute>
          }
        />
        <Route
          path="tilbud/:id/rediger"
          element={
            <RoleRoute path="/tilbud/rediger">
              <OfferFormPage />
            </RoleRoute>
          }
        />
        <Route
          path="tilbud/:id"
          element={
            <RoleRoute path="/tilbud">
              <OfferPage />
            </RoleRoute>
          }
        />
        <Route
          path="tilbud/:id/udskrift"
          element={
            <RoleRoute path="/tilbud">
              <PrintSheetPage />
            </RoleRoute>
          }
        />
        <Route
          path="organisation"
          element={
            <RoleRoute path="/organisation">
              <OrganisationPage />
            </RoleRoute>
          }
        />
        <Route
          path="temaer"
          element={
            <RoleRoute path="/temaer">
              <ThemesPage />
            </RoleRoute>
          }
        />
        <Route
          path="temaer/:id"
          element={
            <RoleRoute path="/temaer">
              <ThemePage />
            </RoleRoute>
          }
        />
        <Route
          path="projekter/:id"
          element={
            <RoleRoute path="/projekter/side">
              <ProjectPage />
            </RoleRoute>
          }
        />
        <Route
          path="klynge"
          element={
            <RoleRoute path="/klynge">
              <ClusterPage />
            </RoleRoute>
          }
        />
        <Route
          path="beregninger"
          element={
            <RoleRoute path="/beregninger">
              <CalculationsPage />
            </RoleRoute>
          }
        />
        <Route
          path="medfinansiering"
          element={
            <RoleRoute path="/medfinansiering">
              <CofinancingPage />
            </RoleRoute>
          }
        />
        <Route
          path="rapporter/kvartal"
          element={
            <RoleRoute path="/rapporter/kvartal">
              <QuarterlyReportPage />
            </RoleRoute>
          }
        />
        <Route
          path="projekter"
          element={
            <RoleRoute path="/projekter">
              <ProjectsPage />
            </RoleRoute>
          }
        />
        <Route
          path="projekter/ny"
          element={
            <RoleRoute path="/projekter/ny">
              <ProjectFormPage />
            </RoleRoute>
          }
        />
        <Route
          path="projekter/:id/rediger"
          element={
            <RoleRoute path="/projekter/rediger">
              <ProjectFormPage />
            </RoleRoute>
          }
        />
        <Route
          path="projekter/:id/luk"
          element={
            <RoleRoute path="/projekter/luk">
              <CloseProjectPage />
            </RoleRoute>
          }
        />
        <Route
          path="projekter/:id/flyt"
          element={
            <RoleRoute path="/projekter/flyt">
              <MoveProjectPage />
            </RoleRoute>
          }
        />
        <Route
          path="opgaver"
          element={
            <RoleRoute path="/opgaver">
              <TasksPage />
            </RoleRoute>
          }
        />
        <Route
          path="klynge/moeder/ny"
          element={
            <RoleRoute path="/klynge/moeder/ny">
              <MeetingFormPage />
            </RoleRoute>
          }
        />
        <Route
          path="klynge/moeder/:id/rediger"
          element={
            <RoleRoute path="/klynge/moeder/rediger">
              <MeetingFormPage />
            </RoleRoute>
          }
        />
        <Route
          path="klynge/moeder/:id"
          element={
            <RoleRoute path="/klynge">
              <MeetingPage />
            </RoleRoute>
          }
        />
        <Route
          path="klynge/moeder/:id/dagsorden"
          element={
            <RoleRoute path="/klynge">
              <MeetingPrintPage what="agenda" />
            </RoleRoute>
          }
        />
        <Route
          path="klynge/moeder/:id/protokol"
          element={
            <RoleRoute path="/klynge">
              <MeetingPrintPage what="minutes" />
            </RoleRoute>
          }
        />
        <Route
          path="forslag"
          element={
            <RoleRoute path="/forslag">
              <ProposalsPage />
            </RoleRoute>
          }
        />
        <Route
          path="forslag/moeder"
          element={
            <RoleRoute path="/forslag/moeder">
              <BodyMeetingsPage />
            </RoleRoute>
          }
        />
        <Route
          path="forslag/:id"
          element={
            <RoleRoute path="/forslag">
              <ProposalPage />
            </RoleRoute>
          }
        />
        <Route
          path="priser"
          element={
            <RoleRoute path="/priser">
              <PricesPage />
            </RoleRoute>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
