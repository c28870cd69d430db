export * from './format';
export * from './messages';
export * from './validation';
export * from './offerValidation';
