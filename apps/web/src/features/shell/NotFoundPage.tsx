import { Link } from 'react-router';
import { ui } from '../../shared';
import { startPath } from '../auth/startPath';
import { useViewer } from '../auth/useViewer';
import { navItems } from './navItems';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * Any unknown address: says so in Danish and offers the way back, to the signed-in role's own start page
 * (a front-line worker cannot open Overblik).
 */
export function NotFoundPage() {
  useDocumentTitle(ui.notFound.title);
  const role = useViewer().data?.me?.role;
  const start = role ? startPath(role) : '/';
  const page = navItems.find((item) => item.to === start)?.label;
  return (
    <section className="page page--narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{ui.notFound.title}</h1>
      <p>{ui.notFound.text}</p>
      <p>
        <Link to={start} className="button">
          {page ? ui.notFound.backTo(page) : ui.notFound.back}
        </Link>
      </p>
    </section>
  );
}
