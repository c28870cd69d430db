import { formatDate, projectPageUi as t } from '../../../shared';
import { EmptyState } from '../../../components/EmptyState';
import { SourceButton } from '../../../components/SourceButton';
import type { ProjectDetailData } from './projectPageQueries';

/** Who owned the project when, why it moved, and the source of each period. */
export function OwnershipSection({ ownership }: { ownership: ProjectDetailData['ownership'] }) {
  return (
    <section className="panel" aria-labelledby="ownership-title">
      <h2 id="ownership-title">{t.ownershipTitle}</h2>
      {ownership.length === 0 ? (
        <EmptyState text={t.ownershipEmpty} />
      ) : (
        <div className="table-scroll" role="region" aria-label={t.ownershipCaption} tabIndex={0}>
          <table className="data-table">
            <caption>{t.ownershipCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.unit}</th>
                <th scope="col">{t.from}</th>
                <th scope="col">{t.to}</th>
                <th scope="col">{t.why}</th>
                <th scope="col">{t.source}</th>
              </tr>
            </thead>
            <tbody>
              {ownership.map((period) => (
                <tr key={period.id}>
                  <th scope="row">{period.orgUnit.name}</th>
                  <td>{period.fromDate ? formatDate(period.fromDate) : t.unknownDate}</td>
                  <td>{period.toDate ? formatDate(period.toDate) : t.now}</td>
                  <td>{period.note ?? ''}</td>
                  <td>
                    <SourceButton source={period.source} label={t.ownershipWhat(period.orgUnit.name)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
