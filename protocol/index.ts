export * from './errors';
export * from './common';
export * from './webauthn';
export * from './signIn';
export * from './account';
export * from './recoveryCode';
export * from './serverInfo';
export * from './routes';
