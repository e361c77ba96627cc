export { startServer, type RunningServer } from './startServer';
export { resolveConfig, defaultLimits, type ServerOptions, type Limits } from './config';
export type { CodeSender, CodeMessage } from './phone/CodeSender';
export { demoAccounts, demoPassword, demoTotpSecret } from './seed/demoAccounts';
