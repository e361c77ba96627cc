import { z } from 'zod';
import { DeskIdError } from '../../contract/DeskIdError';
import { buildAccount } from './buildAccount';
import type { ImportResult } from './ImportResult';
import { parseJson } from './parseJson';
import { readEntries } from './readEntries';

const anything = z.unknown().optional();
const tokenSchema = z.looseObject({
  algo: anything,
  counter: anything,
  digits: anything,
  issuerExt: anything,
  issuerInt: anything,
  label: anything,
  period: anything,
  secret: z.array(z.number().int().min(-128).max(255)),
  type: z.string(),
});

const entities: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

/** A numeric character reference's character; past U+10FFFF (no character) U+FFFD, as a lenient parser reads it. */
const character = (codePoint: number): string => (codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\ufffd');

/** Decodes the XML character references of an Android SharedPreferences value. Never throws. */
function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return character(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return character(parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

/** The tokens of FreeOTP+'s internal `tokens.xml` (one JSON string per token, keyed by name). */
function tokensFromXml(text: string): unknown[] {
  if (!text.includes('<map>')) throw new DeskIdError('import_failed', 'This FreeOTP+ XML file has no <map> of tokens.');
  const tokens: unknown[] = [];
  for (const match of text.matchAll(/<string name="([^"]*)">([\s\S]*?)<\/string>/g)) {
    if (unescapeXml(match[1] ?? '') === 'tokenOrder') continue;
    try {
      tokens.push(JSON.parse(unescapeXml(match[2] ?? '')));
    } catch {
      tokens.push(null);
    }
  }
  return tokens;
}

/**
 * Reads FreeOTP+'s JSON export (`{ tokenOrder, tokens }`) or, for people moving from an
 * Android backup, its internal `tokens.xml`. Secrets are Java signed bytes. HOTP counters
 * are kept as FreeOTP+ stores them, one below the RFC counter of the next code, as Aegis
 * imports them too.
 */
export function importFreeOtpPlus(text: string): ImportResult {
  let tokens: unknown;
  if (text.trimStart().startsWith('<')) tokens = tokensFromXml(text);
  else {
    const parsed = z.looseObject({ tokens: z.array(z.unknown()) }).safeParse(parseJson(text, 'FreeOTP+'));
    if (!parsed.success) throw new DeskIdError('import_failed', 'This is not a FreeOTP+ export (no list of tokens).');
    tokens = parsed.data.tokens;
  }
  const { accounts, skipped } = readEntries(
    tokens as unknown[],
    (item) => {
      const token = tokenSchema.parse(item);
      return buildAccount({
        type: token.type,
        issuer: token.issuerExt ?? token.issuerInt,
        label: token.label,
        secret: Uint8Array.from(token.secret, (byte) => byte & 0xff),
        algorithm: token.algo,
        digits: token.digits,
        period: token.period,
        counter: token.counter,
      });
    },
    (item) => {
      const token = item as { issuerExt?: unknown; label?: unknown } | null;
      return [token?.issuerExt, token?.label].filter((part) => typeof part === 'string' && part !== '').join(': ');
    },
  );
  return { format: 'freeotp_plus', accounts, skipped };
}
