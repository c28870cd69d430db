export * from './format';
export * from './messages';
export * from './validation';
export * from './offerValidation';
export * from './clock';
