import { useEffect, useRef } from 'react';
import { ui } from '../shared';
import { fieldName, type FieldMessage } from './fieldIssuesFromError';

/**
 * The errors of a form, at its top, each linked to its field (GOV.UK error-summary pattern).
 * Takes focus when it appears so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({
  issues,
  idPrefix,
  title = ui.themes.errorSummary,
  more,
}: {
  issues: FieldMessage[];
  idPrefix: string;
  title?: string;
  more?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (issues.length > 0) ref.current?.focus();
  }, [issues]);
  if (issues.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p className="error-summary__title">{title}</p>
      <ul>
        {issues.map((issue) => {
          const target = `${idPrefix}-${fieldName(issue.path)}`;
          return (
            <li key={`${issue.path}:${issue.message}`}>
              {fieldName(issue.path) ? (
                <a
                  href={`#${target}`}
                  onClick={(event) => {
                    const field = document.getElementById(target);
                    if (field) {
                      event.preventDefault();
                      field.focus();
                    }
                  }}
                >
                  {issue.message}
                </a>
              ) : (
                issue.message
              )}
            </li>
          );
        })}
      </ul>
      {more && <p>{more}</p>}
    </div>
  );
}
