import type { z } from 'zod';
import { ApiError } from '../ApiError';

/** Turns the first zod issue into a `400 invalid_request` a person can act on. */
export function invalidRequest(error: z.ZodError, where: 'body' | 'query' | 'path'): ApiError {
  const issue = error.issues[0];
  if (issue === undefined) return new ApiError('invalid_request', `The request ${where} is not valid.`);
  const field = issue.path.map(String).join('.');
  const name = field === '' ? `The request ${where}` : `The field "${field}"`;
  let message: string;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${field === '' ? key : `${field}.${key}`}"`).join(', ');
    message = `Unknown field ${keys} in the request ${where}; remove it (field names are case-sensitive).`;
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    message = field === '' ? `The request needs a JSON ${where}.` : `${name} is required.`;
  } else {
    message = `${name} is not valid: ${issue.message.replace(/\.$/, '')}.`;
  }
  return new ApiError('invalid_request', message, { field });
}
