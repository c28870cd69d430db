// The demo accounts, one per role, offered on the sign-in page in demo mode only ("Log ind som …").
// Names are role names, not people. Pure data: the web app may import the list as well.

export type DemoRole = 'sundhedsstab' | 'frontmedarbejder' | 'direktoer' | 'klyngesekretariat' | 'projektleder';

export interface DemoUser {
  email: string;
  role: DemoRole;
  /** Display name of the account: clearly fictional. */
  name: string;
  /** What the sign-in page shows after "Log ind som". */
  label: string;
  /** Whether the account belongs to Ishøj Kommune or to the cluster. */
  scope: 'municipality' | 'cluster';
  /** The unit a project lead works for (the projects it owns are the ones the account reports on). */
  orgUnit?: string;
}

/** Shared password of every demo account; demo mode only. */
export const DEMO_PASSWORD = 'demo1234';

export const demoAccounts: readonly DemoUser[] = [
  {
    email: 'sundhedsstab@demo.ishoj.dk',
    role: 'sundhedsstab',
    name: 'Demo Sundhedskonsulent',
    label: 'sundhedskonsulent i Sundhedsstaben',
    scope: 'municipality',
  },
  {
    email: 'frontmedarbejder@demo.ishoj.dk',
    role: 'frontmedarbejder',
    name: 'Demo Frontmedarbejder',
    label: 'frontmedarbejder',
    scope: 'municipality',
  },
  {
    email: 'direktoer@demo.ishoj.dk',
    role: 'direktoer',
    name: 'Demo Direktør',
    label: 'direktør for Velfærd og Undervisning',
    scope: 'municipality',
  },
  {
    email: 'klyngesekretariat@demo.ishoj.dk',
    role: 'klyngesekretariat',
    name: 'Demo Klyngesekretær',
    label: 'sekretariatet for Sundhedsklynge Syd',
    scope: 'cluster',
  },
  {
    email: 'projektleder@demo.ishoj.dk',
    role: 'projektleder',
    name: 'Demo Projektleder',
    label: 'projektleder i Center for Ældre og Rehabilitering',
    scope: 'municipality',
    orgUnit: 'Center for Ældre og Rehabilitering',
  },
];
