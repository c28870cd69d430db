import { useState } from 'react';
import { Link } from 'react-router';
import { followUpUi, formatQuarter, today, ui } from '../../shared';
import { SourceButton } from '../../components/SourceButton';
import { StatusLabel } from '../../components/StatusLabel';
import { TimelinessLabel } from '../../components/TimelinessLabel';
import type { OverviewThemeData } from './fragments';
import {
  milestoneColumnKey,
  placeInWindow,
  quarterKeyOf,
  shiftQuarter,
  timelineColumns,
  windowAround,
  windowColumns,
  type TimelineColumn,
} from './timelineColumns';

function columnLabel(column: TimelineColumn): string {
  return column.quarter ? formatQuarter(column.year, column.quarter) : ui.overview.wholeYear(column.year);
}

const quarterLabel = (key: number) => formatQuarter(Math.floor(key / 10), key % 10);

/** How far "Tidligere" and "Senere" move the range: a year. */
const STEP = 4;

/**
 * Themes A–G by quarter as a table: rows are themes, columns quarters. A table (not a drawing) so
 * screen readers announce theme and quarter for each milestone, and the keyboard can scroll it. It
 * shows a range around today by the shared clock (a year back, a year ahead) with "i dag" on today's
 * quarter; "Tidligere"/"Senere" move the range and "Vis alle" shows every quarter with milestones.
 */
export function ThemeTimeline({ themes, linkThemes }: { themes: OverviewThemeData[]; linkThemes: boolean }) {
  const [offset, setOffset] = useState(0);
  const [showAll, setShowAll] = useState(false);
  const t = followUpUi.timeline;
  const todayKey = quarterKeyOf(today());
  const milestones = themes.flatMap((theme) => theme.milestones);
  const range = windowAround(shiftQuarter(todayKey, offset));
  const columns = showAll
    ? timelineColumns([...milestones, { year: Math.floor(todayKey / 10), quarter: todayKey % 10, date: null }])
    : windowColumns(range, milestones);
  const inView = (key: number) => showAll || placeInWindow(key, range) === 0;

  return (
    <div className="timeline-block">
      <div className="timeline-nav" role="group" aria-label={t.navigation}>
        {!showAll && (
          <>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => setOffset((value) => value - STEP)}
            >
              <span aria-hidden="true">← </span>
              {t.earlier}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => setOffset((value) => value + STEP)}
            >
              {t.later}
              <span aria-hidden="true"> →</span>
            </button>
          </>
        )}
        <button
          type="button"
          className="button button--small button--secondary"
          aria-pressed={showAll}
          onClick={() => {
            setShowAll((value) => !value);
            setOffset(0);
          }}
        >
          {t.showAll}
        </button>
        <span className="timeline-nav__status" role="status" aria-live="polite">
          {showAll ? t.allStatus : t.windowStatus(quarterLabel(range.first), quarterLabel(range.last))}
        </span>
      </div>
      <div className="table-scroll timeline-scroll" role="region" aria-label={ui.overview.timelineRegion} tabIndex={0}>
        <table className="timeline" lang="da">
          <caption>{ui.overview.timelineCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="timeline__theme-col">
                {ui.overview.themeColumn}
              </th>
              {columns.map((column) =>
                column.key === todayKey ? (
                  <th scope="col" key={column.key} className="timeline__col--today">
                    {columnLabel(column)} <span className="timeline__today">{t.today}</span>
                  </th>
                ) : (
                  <th scope="col" key={column.key}>
                    {columnLabel(column)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => {
              const keys = theme.milestones.map(milestoneColumnKey);
              const before = showAll ? 0 : keys.filter((key) => placeInWindow(key, range) < 0).length;
              const after = showAll ? 0 : keys.filter((key) => placeInWindow(key, range) > 0).length;
              return (
                <tr key={theme.id}>
                  <th scope="row" className="timeline__theme-col">
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
                        {theme.lateMilestoneCount > 0 && (
                          <span className="timeliness timeliness--late timeline__late">
                            <span aria-hidden="true" className="timeliness__icon">
                              ⚠{' '}
                            </span>
                            {t.lateCount(theme.lateMilestoneCount)}
                          </span>
                        )}
                        {before + after > 0 && <span className="timeline__outside">{t.outside(before, after)}</span>}
                      </span>
                    </span>
                  </th>
                  {columns.length === 0 && <td>{ui.overview.noMilestones}</td>}
                  {columns.map((column) => {
                    const here = theme.milestones.filter(
                      (milestone) => milestoneColumnKey(milestone) === column.key && inView(column.key),
                    );
                    const classes = ['timeline__cell'];
                    if (here.length === 0) classes.push('timeline__cell--empty');
                    if (column.key === todayKey) classes.push('timeline__cell--today');
                    return (
                      <td key={column.key} className={classes.join(' ')}>
                        {here.length > 0 && (
                          <ul className="timeline__milestones">
                            {here.map((milestone) => (
                              <li
                                key={milestone.id}
                                className={`milestone milestone--${milestone.timeliness.toLowerCase().replace('_', '-')}`}
                              >
                                <span className="milestone__text">{milestone.text}</span>
                                <StatusLabel status={milestone.status} />
                                {(milestone.timeliness === 'LATE' || milestone.timeliness === 'DONE_LATE') && (
                                  <TimelinessLabel
                                    timeliness={milestone.timeliness}
                                    label={milestone.timelinessLabel}
                                    completedOn={milestone.completedOn}
                                  />
                                )}
                                <SourceButton
                                  source={milestone.source}
                                  label={`${theme.code}, ${columnLabel(column)}`}
                                />
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
