/** What a milestone or budget line form adds to: a theme (theme page) or a project (project page). */
export interface FormParent {
  kind: 'theme' | 'project';
  id: string;
}

/** The query a parent's page runs, fetched again after a save so computed fields and history follow. */
export const parentQuery = (parent: FormParent) => (parent.kind === 'theme' ? 'Theme' : 'ProjectDetail');
