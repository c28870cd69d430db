import { useSearchParams } from 'react-router';
import { ui } from '../../shared';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { BusinessCaseSection } from './BusinessCaseSection';
import { CofinancingSection } from './CofinancingSection';
import { Tabs } from './Tabs';

type Part = 'business-case' | 'medfinansiering';

/** "/beregninger": Skandia-model business cases and co-financing rule-change simulations (issue 3). */
export function CalculationsPage() {
  useDocumentTitle(ui.calculations.title);
  const [params, setParams] = useSearchParams();
  const selected: Part = params.get('del') === 'medfinansiering' ? 'medfinansiering' : 'business-case';
  return (
    <div className="page">
      <h1>{ui.calculations.title}</h1>
      <p className="page__intro">{ui.calculations.intro}</p>
      <Tabs<Part>
        label={ui.calculations.tabsLabel}
        selected={selected}
        onSelect={(part) => setParams(part === 'business-case' ? {} : { del: part }, { replace: true })}
        tabs={[
          { key: 'business-case', label: ui.calculations.businessCaseTab, panel: <BusinessCaseSection /> },
          { key: 'medfinansiering', label: ui.calculations.cofinancingTab, panel: <CofinancingSection /> },
        ]}
      />
    </div>
  );
}
