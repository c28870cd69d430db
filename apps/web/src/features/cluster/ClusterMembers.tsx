import { ui } from '../../shared';
import { SourceButton } from '../../components/SourceButton';
import type { ClusterData } from './useClusters';

/** Member organisations as a table; co-chairs marked in words, not only by style. */
export function ClusterMembers({ cluster }: { cluster: ClusterData }) {
  const caption = ui.cluster.membersCaption(cluster.name);
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.cluster.memberName}</th>
            <th scope="col">{ui.cluster.memberKind}</th>
            <th scope="col">{ui.cluster.memberRole}</th>
            <th scope="col">{ui.cluster.representedBy}</th>
            <th scope="col">{ui.budget.source}</th>
          </tr>
        </thead>
        <tbody>
          {cluster.members.map((member) => (
            <tr key={member.id} className={member.role === 'CO_CHAIR' ? 'row--highlight' : undefined}>
              <th scope="row">{member.name}</th>
              <td>{ui.partnerKind[member.kind]}</td>
              <td>{member.role === 'CO_CHAIR' ? <strong>{ui.cluster.coChair}</strong> : ui.memberRole[member.role]}</td>
              <td>{member.representedBy ?? ''}</td>
              <td>
                <SourceButton source={member.source} label={member.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
