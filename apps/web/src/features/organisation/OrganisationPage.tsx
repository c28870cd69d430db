import { ui } from '../../shared';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { BodiesSection } from './BodiesSection';
import { OrgUnitTree } from './OrgUnitTree';
import { SocialGroups } from './SocialGroups';

/** "/organisation": units, bodies with members, and the kommunesocialgrupper. */
export function OrganisationPage() {
  useDocumentTitle(ui.organisation.title);
  const viewer = useViewer().data?.me;
  // orgUnits is @auth(sundhedsstab, direktoer): the cluster secretariat has no municipality of its own.
  const hasMunicipality = viewer?.role === 'sundhedsstab' || viewer?.role === 'direktoer';
  return (
    <div className="page">
      <h1>{ui.organisation.title}</h1>
      {hasMunicipality && (
        <section className="panel" aria-labelledby="org-units-title">
          <h2 id="org-units-title">{ui.organisation.unitsTitle}</h2>
          <OrgUnitTree />
        </section>
      )}
      <BodiesSection />
      <section className="panel" aria-labelledby="social-groups-title">
        <h2 id="social-groups-title">{ui.organisation.socialGroupsTitle}</h2>
        <p>{ui.organisation.socialGroupsIntro}</p>
        <SocialGroups ownMunicipalityId={viewer?.municipality?.id ?? null} />
      </section>
    </div>
  );
}
