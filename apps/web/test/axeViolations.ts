import axe from 'axe-core';

/**
 * axe-core's WCAG 2.1 A/AA rules on a rendered subtree, as "rule: targets" lines (an empty list is clean).
 * Colour contrast needs a real browser's layout: the end-to-end scans cover it.
 */
export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
