export * from './errorCodes';
export * from './DeskIdError';
export * from './appInfo';
export * from './calls';
export * from './events';
export * from './bridge';
export * from './client';
export * from './dispatcher';
