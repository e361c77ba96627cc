import { ApiError } from '../ApiError';

/** Common passwords of 12 or more characters, compared case-insensitively. */
const commonPasswords = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  'password1234',
  'password12345',
  'password123!',
  'passwordpassword',
  'qwertyuiopasdf',
  'qwerty123456',
  'qwertyuiop123',
  '1q2w3e4r5t6y',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123!@',
  'administrator',
  'administrator1',
  'changeme1234',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'princess1234',
  'trustno1trustno1',
  'correcthorsebatterystaple',
  'abcdefghijkl',
  'abc123abc123',
  'monkey123456',
  'dragon123456',
  'master123456',
  'healthcare123',
  'deskid123456',
]);

/** Case-folds a username and checks it: 3–64 of `[a-z0-9._-]`, else `400 invalid_username`. */
export function normaliseUsername(raw: string): string {
  const username = raw.toLowerCase();
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) {
    throw new ApiError(
      'invalid_username',
      'A username is 3 to 64 characters: letters, digits, dots, dashes and underscores.',
    );
  }
  return username;
}

/** 12–256 characters, not the username, not a common password; else `400 weak_password`. */
export function checkNewPassword(password: string, username: string): void {
  const length = Array.from(password).length;
  if (length < 12 || length > 256) {
    throw new ApiError(
      'weak_password',
      'Choose a password of 12 to 256 characters. A few unrelated words make a good one.',
    );
  }
  const folded = password.toLowerCase();
  if (folded === username || folded.includes(username)) {
    throw new ApiError('weak_password', 'Your password must not contain your username. Choose something else.');
  }
  if (commonPasswords.has(folded) || /^(.)\1+$/.test(password)) {
    throw new ApiError('weak_password', 'That password is too common and easy to guess. Choose something else.');
  }
}
