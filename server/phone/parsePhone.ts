import { parsePhoneNumberWithError, type CountryCode, type PhoneNumberType } from 'libphonenumber-js/max';
import type { LineType } from '../../protocol';
import { hasPhoneExtension, phoneExtensionMessage as extensionMessage } from '../../protocol/phoneExtension';
import { ApiError } from '../ApiError';

/** A number the server accepts as a phone factor. */
export interface ParsedPhone {
  e164: string;
  lineType: LineType;
  channels: ('sms' | 'voice')[];
}

const refusedTypes = new Set<PhoneNumberType>(['PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PAGER', 'UAN']);

function lineTypeOf(type: PhoneNumberType | undefined): LineType {
  switch (type) {
    case 'MOBILE':
      return 'mobile';
    case 'FIXED_LINE':
      return 'fixed_line';
    case 'FIXED_LINE_OR_MOBILE':
      return 'fixed_line_or_mobile';
    default:
      return 'unknown';
  }
}

/**
 * Reads a phone number as a person typed it and decides whether it may be a factor.
 * Throws `phone_extension_not_allowed`, `phone_invalid` or `phone_type_not_allowed`.
 * `country` (ISO 3166 alpha-2) applies to numbers written without `+`.
 */
export function parsePhone(input: string, country: string): ParsedPhone {
  // The extension rule is the protocol's own (`protocol/phoneExtension.ts`): the app checks it too, before sending.
  if (hasPhoneExtension(input)) throw new ApiError('phone_extension_not_allowed', extensionMessage);
  let text = input.trim();
  if (/^tel:/i.test(text)) text = text.slice(4).replace(/;.*$/, '');
  let parsed;
  try {
    parsed = parsePhoneNumberWithError(text, { defaultCountry: country.toUpperCase() as CountryCode, extract: false });
  } catch {
    throw new ApiError(
      'phone_invalid',
      `That is not a phone number we can read. Enter it with its area code, for example +1 201 555 0123.`,
    );
  }
  if (parsed.ext !== undefined) throw new ApiError('phone_extension_not_allowed', extensionMessage);
  if (!parsed.isValid()) {
    throw new ApiError(
      'phone_invalid',
      `That is not a valid phone number for ${parsed.country ?? country.toUpperCase()}. Check the digits and the country.`,
    );
  }
  const type = parsed.getType();
  if (type !== undefined && refusedTypes.has(type)) {
    throw new ApiError(
      'phone_type_not_allowed',
      'Premium-rate, toll-free, shared-cost, internet (VoIP), pager and universal access numbers cannot receive codes. Use a cell phone or a direct landline.',
      { numberType: type.toLowerCase() },
    );
  }
  const lineType = lineTypeOf(type);
  return { e164: parsed.number, lineType, channels: lineType === 'fixed_line' ? ['voice'] : ['sms', 'voice'] };
}

/** `•••-•••-0123`: only the last four digits show. */
export function maskPhone(e164: string): string {
  return `•••-•••-${e164.slice(-4)}`;
}
