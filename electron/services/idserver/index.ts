export {
  createIdServerClient,
  type CallInput,
  type IdServerClient,
  type IdServerClientOptions,
} from './IdServerClient';
export { parseServerUrl } from './parseServerUrl';
export { toDeskIdError } from './toDeskIdError';
