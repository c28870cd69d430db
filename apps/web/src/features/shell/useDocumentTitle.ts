import { useEffect } from 'react';
import { ui } from '../../shared';

/** "Temaer – Sundhedsoverblik": each page names itself in the browser tab (WCAG 2.4.2). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title === ui.app.name ? title : `${title} – ${ui.app.name}`;
  }, [title]);
}
