import { Link } from 'react-router';
import { reformUi, ui } from '../../shared';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { CsvTools } from './CsvTools';
import { ReportsQueue } from './ReportsQueue';
import { ReviewQueue } from './ReviewQueue';
import { SynonymsEditor } from './SynonymsEditor';
import { SearchMissesPanel } from './searchLearning/SearchMissesPanel';
import { MunicipalVocabularyPanel } from './searchLearning/MunicipalVocabularyPanel';

/** "/tilbud/vedligehold": the staff unit's upkeep: review queue, error reports, CSV, synonyms. */
export function MaintenancePage() {
  useDocumentTitle(ui.offers.maintenanceTitle);
  return (
    <div className="page">
      <Link className="back-link" to="/tilbud">
        {ui.offers.backToSearch}
      </Link>
      <h1>{ui.offers.maintenanceTitle}</h1>
      <p>
        <Link to="/tilbud/opgaveflyt">{reformUi.title}</Link>
      </p>
      <ReviewQueue />
      <ReportsQueue />
      <CsvTools />
      <SynonymsEditor />
      <SearchMissesPanel />
      <MunicipalVocabularyPanel />
    </div>
  );
}
