import { Link } from 'react-router';
import { formatQuarter, ui } from '../../shared';
import { SourceButton } from '../../components/SourceButton';
import { StatusLabel } from '../../components/StatusLabel';
import type { OverviewThemeData } from './fragments';
import { milestoneColumnKey, timelineColumns, type TimelineColumn } from './timelineColumns';

function columnLabel(column: TimelineColumn): string {
  return column.quarter ? formatQuarter(column.year, column.quarter) : ui.overview.wholeYear(column.year);
}

/**
 * Themes A–G by quarter as a table: rows are themes, columns quarters. A table (not a drawing) so
 * screen readers announce theme and quarter for each milestone, and the keyboard can scroll it.
 */
export function ThemeTimeline({ themes, linkThemes }: { themes: OverviewThemeData[]; linkThemes: boolean }) {
  const columns = timelineColumns(themes.flatMap((theme) => theme.milestones));
  return (
    <div className="table-scroll" role="region" aria-label={ui.overview.timelineRegion} tabIndex={0}>
      <table className="timeline">
        <caption>{ui.overview.timelineCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.overview.themeColumn}</th>
            {columns.map((column) => (
              <th scope="col" key={column.key}>
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.id}>
              <th scope="row">
                <span className="timeline__theme">
                  <span className="theme-code" aria-hidden="true">
                    {theme.code}
                  </span>
                  <span className="timeline__theme-text">
                    {linkThemes ? (
                      <Link to={`/temaer/${theme.id}`}>{ui.themes.heading(theme.code, theme.title)}</Link>
                    ) : (
                      ui.themes.heading(theme.code, theme.title)
                    )}
                    <StatusLabel status={theme.status} />
                  </span>
                </span>
              </th>
              {columns.length === 0 && <td>{ui.overview.noMilestones}</td>}
              {columns.map((column) => {
                const here = theme.milestones.filter((milestone) => milestoneColumnKey(milestone) === column.key);
                return (
                  <td
                    key={column.key}
                    className={here.length ? 'timeline__cell' : 'timeline__cell timeline__cell--empty'}
                  >
                    {here.length > 0 && (
                      <ul className="timeline__milestones">
                        {here.map((milestone) => (
                          <li key={milestone.id} className="milestone">
                            <span className="milestone__text">{milestone.text}</span>
                            <StatusLabel status={milestone.status} />
                            <SourceButton source={milestone.source} label={`${theme.code}, ${columnLabel(column)}`} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
