import { describe, expect, it } from 'vitest';
import {
  clearStaffSession,
  hasStaffScreens,
  readStaffSession,
  type StaffSession,
  staffSessionKey,
  writeStaffSession,
} from './staffSession';

/** A Storage stand-in (sessionStorage in the app). */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const session: StaffSession = {
  serverUrl: 'http://127.0.0.1:8080',
  token: 'sesi-rahasia',
  nodeId: '9f3a6c2e1b7d4a05',
  username: 'koordinator',
  user: { id: 'user-1', role: 'coordinator', unitId: null },
  signedInAt: '2026-11-28T02:00:00.000Z',
};

describe('staff session storage', () => {
  it('keeps the session until signed out', () => {
    const storage = memoryStorage();
    expect(readStaffSession(storage)).toBeNull();
    writeStaffSession(storage, session);
    expect(readStaffSession(storage)).toEqual(session);
    clearStaffSession(storage);
    expect(readStaffSession(storage)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem(staffSessionKey, '{not json');
    expect(readStaffSession(storage)).toBeNull();
    storage.setItem(staffSessionKey, JSON.stringify({ ...session, nodeId: 'XYZ' }));
    expect(readStaffSession(storage)).toBeNull();
  });

  it('gives coordinators and HQ their screens', () => {
    expect((['coordinator', 'hq', 'officer', 'admin'] as const).map(hasStaffScreens)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
