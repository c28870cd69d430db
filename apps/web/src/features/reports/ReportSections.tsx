import { Link } from 'react-router';
import { formatDate, formatDecimal, formatKr, reportMessages as rm } from '../../shared';
import { FootnoteRef } from './Footnotes';
import { TimelinessLabel } from '../../components/TimelinessLabel';
import { ReportColourLabel } from '../../components/ReportColourLabel';
import type { QuarterlyReportData } from './reportQueries';

type MilestoneRow = QuarterlyReportData['themes'][number]['milestones'][number];
const c = rm.columns;
const kr = (v: number | null | undefined) => (v == null ? rm.notStated : formatKr(v));
const num = (v: number | null | undefined, unit: string) => (v == null ? rm.notStated : `${formatDecimal(v)} ${unit}`);

function Timeliness({ m }: { m: MilestoneRow }) {
  return <TimelinessLabel timeliness={m.timeliness} label={m.timelinessLabel} completedOn={m.completedOn} />;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function SummarySection({ report }: { report: QuarterlyReportData }) {
  const sum = (f: (t: QuarterlyReportData['themes'][number]) => number) => report.themes.reduce((s, t) => s + f(t), 0);
  return (
    <Section id="sammenfatning" title={rm.sections.summary}>
      <ul className="report-summary">
        <li>{rm.summary.themes(report.themes.length)}</li>
        <li>{rm.summary.milestonesDue(sum((t) => t.dueCount))}</li>
        <li>{rm.summary.late(sum((t) => t.lateCount))}</li>
        <li>{rm.summary.projects(report.projects.length)}</li>
        <li>{rm.summary.missingReports(report.projects.filter((p) => p.reportMissing).length)}</li>
        <li>{rm.summary.attention(report.lateItems.length)}</li>
      </ul>
    </Section>
  );
}

export function ThemesSection({ themes }: { themes: QuarterlyReportData['themes'] }) {
  return (
    <Section id="temaer" title={rm.sections.themes}>
      <table className="data-table report-table">
        <thead>
          <tr>
            <th scope="col">{c.theme}</th>
            <th scope="col">{c.milestone}</th>
            <th scope="col">{c.due}</th>
            <th scope="col">{c.state}</th>
          </tr>
        </thead>
        {themes.map((t) => (
          <tbody key={t.id}>
            <tr>
              <th scope="rowgroup" rowSpan={Math.max(1, t.milestones.length)}>
                {t.code}: {t.title}
                <FootnoteRef n={t.footnote} />
                <span className="report-table__note">
                  {t.statusLabel}; {rm.themeCounts(t.dueCount, t.lateCount, t.doneCount)}
                </span>
              </th>
              {t.milestones.length === 0 ? (
                <td colSpan={3}>{rm.noMilestones}</td>
              ) : (
                <MilestoneCells m={t.milestones[0]!} />
              )}
            </tr>
            {t.milestones.slice(1).map((m) => (
              <tr key={m.id}>
                <MilestoneCells m={m} />
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </Section>
  );
}

function MilestoneCells({ m }: { m: MilestoneRow }) {
  return (
    <>
      <td>
        {m.text}
        <FootnoteRef n={m.footnote} />
      </td>
      <td>{formatDate(m.due)}</td>
      <td>
        <Timeliness m={m} />
      </td>
    </>
  );
}

export function ProjectsSection({ report }: { report: QuarterlyReportData }) {
  return (
    <Section id="projekter" title={rm.sections.projects}>
      <table className="data-table report-table">
        <thead>
          <tr>
            <th scope="col">{c.project}</th>
            <th scope="col">{c.owner}</th>
            <th scope="col">{c.report}</th>
          </tr>
        </thead>
        <tbody>
          {report.projects.map((p) => {
            const r = p.statusReport;
            return (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`/projekter/${p.id}`}>{p.name}</Link>
                  <FootnoteRef n={p.footnote} />
                  <span className="report-table__note">
                    {p.statusLabel}
                    {p.lateMilestoneCount ? `; ${rm.lateMilestones(p.lateMilestoneCount)}` : ''}
                  </span>
                </th>
                <td>{p.ownerUnitName ?? rm.notStated}</td>
                <td>
                  {r ? (
                    <>
                      <ReportColourLabel colour={r.colour} label={r.colourLabel} suffix=":" /> {r.text}
                      <FootnoteRef n={r.footnote} />
                      <span className="report-table__note">
                        {rm.reportedBy(r.authorName ?? null, formatDate(r.reportedAt))}
                      </span>
                    </>
                  ) : p.reportMissing ? (
                    <strong className="report-missing">
                      <span aria-hidden="true">⚠ </span>
                      {rm.missingReport(report.quarterLabel)}
                    </strong>
                  ) : (
                    rm.notDue
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}

export function LateSection({ items }: { items: QuarterlyReportData['lateItems'] }) {
  return (
    <Section id="forsinket" title={rm.sections.late}>
      {items.length === 0 ? (
        <p>{rm.noLate}</p>
      ) : (
        <table className="data-table report-table">
          <thead>
            <tr>
              <th scope="col">{c.kind}</th>
              <th scope="col">{c.item}</th>
              <th scope="col">{c.date}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>{i.kindLabel}</td>
                <td>
                  <Link to={i.route}>{i.title}</Link>
                  <FootnoteRef n={i.footnote} />
                </td>
                <td>{formatDate(i.date)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function IndicatorsSection({ indicators }: { indicators: QuarterlyReportData['indicators'] }) {
  return (
    <Section id="indikatorer" title={rm.sections.indicators}>
      {indicators.length === 0 ? (
        <p>{rm.noIndicators}</p>
      ) : (
        <table className="data-table report-table">
          <thead>
            <tr>
              <th scope="col">{c.indicator}</th>
              <th scope="col">{c.period}</th>
              <th scope="col">{c.baseline}</th>
              <th scope="col">{c.target}</th>
              <th scope="col">{c.value}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  {i.name} ({i.projectName})
                </th>
                <td>{i.periodLabel}</td>
                <td className="num">{num(i.baseline, i.unit)}</td>
                <td className="num">
                  {num(i.target, i.unit)}
                  <FootnoteRef n={i.targetFootnote} />
                </td>
                <td className="num">
                  {num(i.value, i.unit)}
                  <FootnoteRef n={i.footnote} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function BudgetSection({ report }: { report: QuarterlyReportData }) {
  const t = report.budgetTotal;
  return (
    <Section id="budget" title={`${rm.sections.budget} ${report.year}`}>
      {report.budget.length === 0 ? (
        <p>{rm.noBudget}</p>
      ) : (
        <table className="data-table report-table">
          <thead>
            <tr>
              <th scope="col">{c.budgetLine}</th>
              <th scope="col">{c.budget}</th>
              <th scope="col">{c.actual}</th>
              <th scope="col">{c.difference}</th>
            </tr>
          </thead>
          <tbody>
            {report.budget.map((b) => (
              <tr key={b.id}>
                <th scope="row">
                  {b.ownerLabel}: {b.description}
                </th>
                <td className="num">
                  {kr(b.amountKr)}
                  <FootnoteRef n={b.footnote} />
                </td>
                <td className="num">
                  {kr(b.actualKr)}
                  {b.actualKr == null ? null : <FootnoteRef n={b.actualFootnote} />}
                </td>
                <td className="num">{kr(b.differenceKr)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                {rm.total}
                <FootnoteRef n={t.footnote} />
              </th>
              <td className="num">{kr(t.amountKr)}</td>
              <td className="num">{kr(t.actualKr)}</td>
              <td className="num">{kr(t.differenceKr)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </Section>
  );
}
