import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from './bytes';
import { checkPin, isAcceptablePin, makePinVerifier, parsePinVerifier } from './pinVerifier';

const low = { N: 1024, r: 8, p: 1 };

describe('PIN verifier', () => {
  it('accepts the right PIN and refuses a wrong one, giving a KEK unrelated to the verifier', async () => {
    const verifier = await makePinVerifier('20262026', low);
    const parsed = parsePinVerifier(verifier);
    if (!parsed) throw new Error('unparsed');
    const right = await checkPin('20262026', parsed);
    const wrong = await checkPin('20262027', parsed);
    expect(right.matches).toBe(true);
    expect(wrong.matches).toBe(false);
    expect(right.kek).toHaveLength(32);
    expect(toBase64Url(right.kek)).not.toBe(toBase64Url(parsed.hash));
    expect(toBase64Url(wrong.kek)).not.toBe(toBase64Url(right.kek));
  });

  it("checks verifiers made by the server's scrypt (node:crypto), full-width digits included", async () => {
    const salt = Buffer.from('0123456789abcdef');
    const hash = scryptSync('20262026', salt, 32, low);
    const verifier = `scrypt$${low.N}$${low.r}$${low.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
    const parsed = parsePinVerifier(verifier);
    if (!parsed) throw new Error('unparsed');
    expect((await checkPin('20262026', parsed)).matches).toBe(true);
    expect((await checkPin('２０２６２０２６', parsed)).matches).toBe(true);
  });

  it('refuses malformed verifiers and ones that would exhaust memory', () => {
    const salt = 'AAAAAAAAAAAAAAAAAAAAAA';
    const hash = 'A'.repeat(43);
    expect(parsePinVerifier(`scrypt$1024$8$1$${salt}$${hash}`)).not.toBeNull();
    expect(parsePinVerifier(`scrypt$1000$8$1$${salt}$${hash}`)).toBeNull();
    expect(parsePinVerifier(`scrypt$${2 ** 22}$8$1$${salt}$${hash}`)).toBeNull();
    expect(parsePinVerifier(`pbkdf2-sha256$100000$${salt}$${hash}`)).toBeNull();
  });

  it('asks for at least 8 digits or a 12-character passphrase', () => {
    expect(isAcceptablePin('1234567')).toBe(false);
    expect(isAcceptablePin('12345678')).toBe(true);
    expect(isAcceptablePin('kopi tubruk!')).toBe(true);
    expect(isAcceptablePin('pendek')).toBe(false);
  });
});
