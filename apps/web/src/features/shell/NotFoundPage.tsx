import { Link } from 'react-router';
import { ui } from '../../shared';
import { useDocumentTitle } from './useDocumentTitle';

/** Any unknown address: says so in Danish and offers the way back. */
export function NotFoundPage() {
  useDocumentTitle(ui.notFound.title);
  return (
    <section className="page page--narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{ui.notFound.title}</h1>
      <p>{ui.notFound.text}</p>
      <p>
        <Link to="/" className="button">
          {ui.notFound.back}
        </Link>
      </p>
    </section>
  );
}
