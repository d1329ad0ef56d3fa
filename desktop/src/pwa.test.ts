import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from './pwa';

describe('requestPersistentStorage', () => {
  it('asks once and reports the answer', async () => {
    let asked = 0;
    const storage = { persisted: async () => false, persist: async () => {
        asked += 1;
        return true;
      } } as unknown as StorageManager;
    expect(await requestPersistentStorage(storage)).toBe('persisted');
    expect(asked).toBe(1);
  });

  it('does not ask again when already persisted, and copes without the API', async () => {
    const storage = { persisted: async () => true, persist: async () => { throw new Error('not expected'); } } as unknown as StorageManager;
    expect(await requestPersistentStorage(storage)).toBe('persisted');
    expect(await requestPersistentStorage(null)).toBe('unsupported');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false } as unknown as StorageManager)).toBe('not_granted');
  });
});
