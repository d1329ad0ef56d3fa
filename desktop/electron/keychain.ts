/**
 * The OS keychain for the renderer's wrapped data keys (Electron safeStorage: DPAPI on Windows, Keychain on macOS,
 * libsecret/kwallet on Linux). Pure logic over a safeStorage-like object, so it is tested without Electron. On Linux
 * without a secret service Electron falls back to a hard-coded password ('basic_text'), which protects nothing:
 * the keychain then reports itself unavailable and the PIN alone protects the wraps.
 */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?: () => string;
};

/** Wrapped keys are 40 bytes; anything much larger is not what the renderer should be sending. */
const maxBytes = 4096;

export type KeychainError = 'keychain_unavailable' | 'invalid_input';

function fail(code: KeychainError): never {
  throw Object.assign(new Error(code), { code });
}

export function keychainAvailable(safe: SafeStorageLike, platform: string): boolean {
  if (!safe.isEncryptionAvailable()) return false;
  return !(platform === 'linux' && safe.getSelectedStorageBackend?.() === 'basic_text');
}

function bytesOf(input: unknown): Buffer {
  if (!(input instanceof Uint8Array) || input.length === 0 || input.length > maxBytes) fail('invalid_input');
  return Buffer.from(input);
}

export function createKeychain(safe: SafeStorageLike, platform: string) {
  return {
    protect(input: unknown): Uint8Array {
      const bytes = bytesOf(input);
      if (!keychainAvailable(safe, platform)) fail('keychain_unavailable');
      return new Uint8Array(safe.encryptString(bytes.toString('base64')));
    },
    unprotect(input: unknown): Uint8Array {
      const bytes = bytesOf(input);
      if (!keychainAvailable(safe, platform)) fail('keychain_unavailable');
      return new Uint8Array(Buffer.from(safe.decryptString(bytes), 'base64'));
    },
  };
}
