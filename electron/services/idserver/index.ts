export {
  createIdServerClient,
  type CallInput,
  type IdServerClient,
  type IdServerClientOptions,
} from './IdServerClient';
export { parseServerUrl } from './parseServerUrl';
export { isRedirect, noRedirects, redirectRefused } from './refuseRedirects';
export { toDeskIdError } from './toDeskIdError';
