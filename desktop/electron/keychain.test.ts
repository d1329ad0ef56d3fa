import { describe, expect, it } from 'vitest';
import { createKeychain, keychainAvailable, type SafeStorageLike } from './keychain';

/** A stand-in for safeStorage: XOR with a per-"machine" byte, enough to show the round trip and the refusals. */
function fakeSafeStorage(options: { available?: boolean; backend?: string; machine?: number } = {}): SafeStorageLike {
  const machine = options.machine ?? 0x5a;
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) => Buffer.from([...Buffer.from(text, 'utf8')].map((b) => b ^ machine)),
    decryptString: (data) => Buffer.from([...data].map((b) => b ^ machine)).toString('utf8'),
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

describe('OS keychain binding', () => {
  it('round-trips a wrapped key, and another machine reads something else', () => {
    const wrapped = new Uint8Array(40).map((_, i) => i * 7);
    const here = createKeychain(fakeSafeStorage(), 'linux');
    const sealed = here.protect(wrapped);
    expect(sealed).not.toEqual(wrapped);
    expect(here.unprotect(sealed)).toEqual(wrapped);
    expect(createKeychain(fakeSafeStorage({ machine: 0x33 }), 'linux').unprotect(sealed)).not.toEqual(wrapped);
  });

  it("counts Linux's basic_text fallback as no keychain, and refuses odd input", () => {
    expect(keychainAvailable(fakeSafeStorage({ backend: 'basic_text' }), 'linux')).toBe(false);
    expect(keychainAvailable(fakeSafeStorage({ backend: 'basic_text' }), 'win32')).toBe(true);
    expect(keychainAvailable(fakeSafeStorage({ available: false }), 'darwin')).toBe(false);
    const keychain = createKeychain(fakeSafeStorage({ backend: 'basic_text' }), 'linux');
    expect(() => keychain.protect(new Uint8Array(40))).toThrow('keychain_unavailable');
    const usable = createKeychain(fakeSafeStorage(), 'linux');
    expect(() => usable.protect('text')).toThrow('invalid_input');
    expect(() => usable.protect(new Uint8Array(5000))).toThrow('invalid_input');
  });
});
