import { describe, expect, it } from 'vitest';
import { groupCode } from './groupCode';

describe('groupCode', () => {
  it('splits 6, 7 and 8 digits in two groups, the first no longer than the second', () => {
    expect(groupCode('123456')).toBe('123 456');
    expect(groupCode('1234567')).toBe('123 4567');
    expect(groupCode('12345678')).toBe('1234 5678');
  });

  it('keeps a 5-character Steam code whole', () => {
    expect(groupCode('2BX7Q')).toBe('2BX7Q');
  });
});
