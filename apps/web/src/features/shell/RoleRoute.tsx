import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { startPath } from '../auth/startPath';
import { useViewer } from '../auth/useViewer';
import { mayVisit } from './navItems';

/** A page only some roles may use; others go to their own start page. */
export function RoleRoute({ path, children }: { path: string; children: ReactNode }) {
  const { data } = useViewer();
  const viewer = data?.me;
  if (!viewer) return null;
  if (!mayVisit(viewer.role, path)) return <Navigate to={startPath(viewer.role)} replace />;
  return <>{children}</>;
}
