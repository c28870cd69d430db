export * from './format';
export * from './messages';
export * from './validation';
export * from './offerValidation';
export * from './clock';
export * from './parseNumber';
export * from './parseDate';
export * from './fold';
