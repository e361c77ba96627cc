export {
  createIdServerClient,
  type CallInput,
  type IdServerClient,
  type IdServerClientOptions,
} from './IdServerClient';
export { toDeskIdError } from './toDeskIdError';
