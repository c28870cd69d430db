import { useState } from 'react';
import { formatDateTime, formatDecimal, projectPageUi as t, ui } from '../../../shared';
import { EmptyState } from '../../../components/EmptyState';
import { SourceButton } from '../../../components/SourceButton';
import type { IndicatorData, IndicatorValueData } from './projectPageQueries';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorValueForm } from './IndicatorValueForm';

interface IndicatorsSectionProps {
  projectId: string;
  indicators: IndicatorData[];
  /** The staff unit: add and change indicators. */
  canEdit: boolean;
  /** The staff unit and the owning unit's project lead: add and change measured values. */
  canReport: boolean;
  onMessage: (message: string) => void;
}

type Editing =
  | { kind: 'indicator'; indicator: IndicatorData | null }
  | { kind: 'value'; indicator: IndicatorData; value: IndicatorValueData | null }
  | null;

const figure = (value: number | null) => (value == null ? t.notStated : formatDecimal(value, 4));

/** Indicators (name, unit, baseline, target) with their measured values per period, each with its source. */
export function IndicatorsSection({ projectId, indicators, canEdit, canReport, onMessage }: IndicatorsSectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const done = (saved: boolean) => {
    setEditing(null);
    if (saved) onMessage(t.saved);
  };
  return (
    <section className="panel" aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t.indicatorsTitle}</h2>
      {indicators.length === 0 && <EmptyState text={t.indicatorsEmpty} />}
      {indicators.map((indicator) => {
        const headingId = `indicator-${indicator.id}-title`;
        return (
          <article key={indicator.id} className="indicator" aria-labelledby={headingId}>
            <h3 id={headingId}>{t.indicatorHeading(indicator.name, indicator.unit)}</h3>
            <dl className="facts">
              <div>
                <dt>{t.baseline}</dt>
                <dd>{figure(indicator.baseline)}</dd>
              </div>
              <div>
                <dt>{t.target}</dt>
                <dd>{figure(indicator.target)}</dd>
              </div>
            </dl>
            <SourceButton source={indicator.source} label={t.indicatorWhat(indicator.name)} />
            {indicator.values.length === 0 ? (
              <EmptyState text={t.valuesEmpty} />
            ) : (
              <div className="table-scroll" role="region" aria-label={t.valuesCaption(indicator.name)} tabIndex={0}>
                <table className="data-table">
                  <caption>{t.valuesCaption(indicator.name)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.period}</th>
                      <th scope="col" className="num">
                        {t.value}
                      </th>
                      <th scope="col">{t.note}</th>
                      <th scope="col">{t.enteredBy}</th>
                      <th scope="col">{t.source}</th>
                      {canReport && <th scope="col">{ui.themes.actions}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {indicator.values.map((value) => {
                      const what = t.valueWhat(indicator.name, value.periodLabel);
                      return (
                        <tr key={value.id}>
                          <th scope="row">{value.periodLabel}</th>
                          <td className="num">
                            {formatDecimal(value.value, 4)} {indicator.unit}
                          </td>
                          <td>{value.note ?? ''}</td>
                          <td>
                            {value.enteredByName ?? t.unknownAuthor}, {formatDateTime(value.enteredAt)}
                          </td>
                          <td>
                            <SourceButton source={value.source} label={what} />
                          </td>
                          {canReport && (
                            <td className="actions">
                              <button
                                type="button"
                                className="button button--small button--secondary"
                                onClick={() => setEditing({ kind: 'value', indicator, value })}
                                aria-label={ui.themes.editLabel(what)}
                              >
                                {ui.themes.edit}
                              </button>
                            </td>
                          )}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {editing?.kind === 'value' && editing.indicator.id === indicator.id ? (
              <IndicatorValueForm
                key={editing.value?.id ?? 'new'}
                indicator={indicator}
                value={editing.value ?? undefined}
                onDone={done}
              />
            ) : editing?.kind === 'indicator' && editing.indicator?.id === indicator.id ? (
              <IndicatorForm projectId={projectId} indicator={indicator} onDone={done} />
            ) : (
              <div className="form__actions">
                {canReport && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => setEditing({ kind: 'value', indicator, value: null })}
                  >
                    {t.addValueFor(indicator.name)}
                  </button>
                )}
                {canEdit && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setEditing({ kind: 'indicator', indicator })}
                  >
                    {t.editIndicatorNamed(indicator.name)}
                  </button>
                )}
              </div>
            )}
          </article>
        );
      })}
      {canEdit &&
        (editing?.kind === 'indicator' && editing.indicator === null ? (
          <IndicatorForm projectId={projectId} onDone={done} />
        ) : (
          <button type="button" className="button" onClick={() => setEditing({ kind: 'indicator', indicator: null })}>
            {t.addIndicator}
          </button>
        ))}
    </section>
  );
}
