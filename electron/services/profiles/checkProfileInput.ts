import { DeskIdError } from '../../contract/DeskIdError';
import { parseServerUrl } from '../idserver/parseServerUrl';
import { hasUnsafeCharacters } from '../text/unsafeText';
import type { IdServerLink } from './profileIndexSchema';

/** Trims and checks a display name (1-64 characters, none of the unsafe characters of `unsafeText`). */
export function checkDisplayName(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  if (trimmed.length === 0 || trimmed.length > 64 || hasUnsafeCharacters(trimmed)) {
    throw new DeskIdError(
      'invalid_request',
      'A profile name must have 1 to 64 characters and no control or text-direction characters.',
      {
        field: 'displayName',
      },
    );
  }
  return trimmed;
}

/**
 * Checks an ID-server link: the server's address by the one rule for ID-server URLs
 * (`parseServerUrl`: https, or plain http on loopback only; no credentials), and a username.
 */
export function checkIdServerLink(link: IdServerLink): IdServerLink {
  const url = parseServerUrl(link.url, 'idServer.url');
  const username = link.username.trim();
  if (username.length === 0 || username.length > 256) {
    throw new DeskIdError('invalid_request', 'The ID-server username must have 1 to 256 characters.', {
      field: 'idServer.username',
    });
  }
  return { url, username };
}
