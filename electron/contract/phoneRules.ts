/**
 * The protocol's phone rules the renderer needs (it may import only the contract): the
 * one extension rule, so the app refuses an extension before any request, exactly as
 * the ID server would.
 */
export { hasPhoneExtension } from '../../protocol/phoneExtension';
