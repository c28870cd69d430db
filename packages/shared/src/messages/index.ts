// The one message catalogue: everything a user reads comes from here.
export * from './errors';
export * from './validation';
export * from './ui';
export * from './conflicts';
export * from './operations';
export * from './requests';
export * from './projects';
export * from './reports';
export * from './projectsUi';
export * from './projectPage';
export * from './cluster';
export * from './followUpUi';
export * from './signIn';
