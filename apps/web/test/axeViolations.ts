import axe from 'axe-core';

/**
 * axe-core's WCAG 2.1 A/AA rules on a rendered part of a page. Colour contrast and the visible-label rule
 * (which measures icon fonts on a canvas, absent in jsdom) need a real browser: the e2e scans run them.
 */
export async function axeViolations(root: Element) {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
