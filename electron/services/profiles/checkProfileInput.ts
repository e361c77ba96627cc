import { DeskIdError } from '../../contract/DeskIdError';
import { hasUnsafeCharacters } from '../text/unsafeText';
import type { IdServerLink } from './profileIndexSchema';

/** Trims and checks a display name (1-64 characters, no control characters). */
export function checkDisplayName(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  if (trimmed.length === 0 || trimmed.length > 64 || hasUnsafeCharacters(trimmed)) {
    throw new DeskIdError('invalid_request', 'A profile name must have 1 to 64 characters and no control characters.', {
      field: 'displayName',
    });
  }
  return trimmed;
}

/** Checks an ID-server link: an http(s) URL without credentials, and a username. */
export function checkIdServerLink(link: IdServerLink): IdServerLink {
  let url: URL;
  try {
    url = new URL(link.url);
  } catch {
    throw new DeskIdError('invalid_request', `The ID server address "${link.url}" is not a URL.`, {
      field: 'idServer.url',
    });
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    throw new DeskIdError(
      'invalid_request',
      `The ID server address must be an http(s) URL without a user name, got "${url.protocol}".`,
      {
        field: 'idServer.url',
      },
    );
  }
  const username = link.username.trim();
  if (username.length === 0 || username.length > 256) {
    throw new DeskIdError('invalid_request', 'The ID-server username must have 1 to 256 characters.', {
      field: 'idServer.username',
    });
  }
  return { url: url.origin + url.pathname.replace(/\/$/, ''), username };
}
