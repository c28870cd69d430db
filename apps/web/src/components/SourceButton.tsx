import { useContext, useId, useState } from 'react';
import { formatDate, ui } from '../shared';
import type { SourceFieldsFragment } from '../__generated__/graphql';
import { SourceFootnoteContext } from './SourceFootnotes';

interface SourceButtonProps {
  source: SourceFieldsFragment | null | undefined;
  /** What the figure is, for screen readers: "Kilde for budget tema C 2017". */
  label: string;
}

/** A small "Kilde" disclosure next to a figure, opening the document, section, date and note. */
export function SourceButton({ source, label }: SourceButtonProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  // In print, the number of the source in the page's footnotes (SourceFootnotes), if the page has them.
  const footnote = useContext(SourceFootnoteContext)?.get(source?.id ?? '');
  if (!source) return null;
  return (
    <span className="source">
      {footnote !== undefined && <sup className="print-only source__footnote">{footnote}</sup>}
      <button
        type="button"
        className="source__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {ui.source.button}
        <span className="visually-hidden"> {ui.source.buttonFor(label)}</span>
      </button>
      <span id={panelId} className="source__panel" hidden={!open}>
        <span className="source__row">
          <span className="source__key">{ui.source.title}:</span> {source.title}
        </span>
        {source.section && (
          <span className="source__row">
            <span className="source__key">{ui.source.section}:</span> {source.section}
          </span>
        )}
        {source.date && (
          <span className="source__row">
            <span className="source__key">{ui.source.date}:</span> {formatDate(source.date)}
          </span>
        )}
        {source.note && (
          <span className="source__row">
            <span className="source__key">{ui.source.note}:</span> {source.note}
          </span>
        )}
        {source.url && (
          <span className="source__row">
            <a href={source.url} target="_blank" rel="noreferrer">
              {ui.source.link}
            </a>
          </span>
        )}
      </span>
    </span>
  );
}
