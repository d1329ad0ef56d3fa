import { describe, expect, it } from 'vitest';
import { isIndonesianMobile, normalizePhone, phoneSchema } from './phone.js';

describe('normalizePhone', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 789', '+628123456789'],
    ['+6281234567890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6285712345678', '+6285712345678'],
    ['(0878) 1234-5678', '+6287812345678'],
  ])('%s → %s', (input, e164) => {
    expect(normalizePhone(input)).toBe(e164);
  });

  it.each([
    ['', 'empty'],
    ['0274 512345', 'a landline (Yogyakarta)'],
    ['+622745123456', 'a landline in E.164'],
    ['0801234567', 'operator prefix 80'],
    ['08123456', 'too short'],
    ['081234567890123', 'too long'],
    ['+6581234567', 'another country'],
    ['0812345678a', 'a letter'],
    ['++6281234567890', 'two plus signs'],
  ])('rejects %s (%s)', (input) => {
    expect(normalizePhone(input)).toBeNull();
    expect(isIndonesianMobile(input)).toBe(false);
  });

  it('schema accepts both written forms without rewriting them', () => {
    expect(phoneSchema.parse('081234567890')).toBe('081234567890');
    expect(phoneSchema.parse('+6281234567890')).toBe('+6281234567890');
    expect(phoneSchema.safeParse('12345').success).toBe(false);
  });
});
