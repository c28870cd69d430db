import { useState, type ComponentProps } from 'react';
import { projectsUi as t } from '../../shared';
import { SourceInput, sourceValueOf } from '../../components/SourceInput';

const SOURCE_FIELDS = ['title', 'section', 'date', 'url', 'note'];

/**
 * A source of the project form, folded away until wanted: open when it holds something, when the user
 * opens it, and always while one of its fields has an error (so the error summary's link reaches it).
 */
export function SourceDisclosure(props: ComponentProps<typeof SourceInput> & { legend: string }) {
  const { name = 'source', value, errorFor, legend } = props;
  const stated = sourceValueOf(value);
  const [open, setOpen] = useState(stated !== null);
  const hasError = SOURCE_FIELDS.some((field) => errorFor(`${name}-${field}`));
  return (
    <details
      className="source-disclosure"
      open={open || hasError}
      onToggle={(event) => {
        const details = event.currentTarget;
        // A source with an error stays open (React keeps the prop, the browser changed the element).
        if (hasError && !details.open) details.open = true;
        else setOpen(details.open);
      }}
    >
      <summary>
        {legend}
        <span className="field__optional"> {stated?.title ? `: ${stated.title}` : t.optional}</span>
      </summary>
      <SourceInput {...props} />
    </details>
  );
}
