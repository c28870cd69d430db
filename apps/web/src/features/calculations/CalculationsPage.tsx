import { Link } from 'react-router';
import { ui } from '../../shared';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { CofinancingSection } from './CofinancingSection';

/**
 * "/beregninger": co-financing rule-change simulations (issue 3). Business cases are made on the proposal
 * they belong to (/forslag, ADR 064): templates, Danish assumptions with sources, versions and charts; the
 * page's former JSON-scenario calculator is gone, and this page says where business cases now live.
 */
export function CalculationsPage() {
  useDocumentTitle(ui.calculations.title);
  return (
    <div className="page">
      <h1>{ui.calculations.title}</h1>
      <p className="page__intro">{ui.calculations.intro}</p>
      <section className="panel" aria-labelledby="business-cases-moved">
        <h2 id="business-cases-moved">{ui.calculations.businessCaseTab}</h2>
        <p>{ui.calculations.businessCaseMoved}</p>
        <p>
          <Link to="/forslag">{ui.calculations.businessCaseLink}</Link>
        </p>
      </section>
      <CofinancingSection />
    </div>
  );
}
