export * from './domain';
export * from './errors';
export * from './api/index';
export * from './geo';
export * from './time';
export * from './progress';
export * from './code';
export * from './format';
