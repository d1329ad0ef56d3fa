import { describe, expect, it } from 'vitest';
import { type ActorDirectory, actorResolver } from './actorNames';

const directory: ActorDirectory = {
  users: [
    { id: 'u-hq', username: 'hq', name: 'Kompol Dewi' },
    { id: 'u-admin', username: 'admin', name: null },
  ],
  officers: [
    { id: 'off-1', unitId: 'unit-1', name: 'Bripka Sari' },
    { id: 'off-gone', unitId: 'unit-1', name: null },
  ],
  devices: [{ id: 'dev-1', name: 'Laptop Unit 1', unitId: 'unit-1', unitName: 'Unit Keliling Sleman 1' }],
};

describe('actorResolver', () => {
  const names = actorResolver(directory);

  it('names staff users by name, or by username when they have none', () => {
    expect(names('user:u-hq')).toEqual({ id: 'user:u-hq', name: 'Kompol Dewi', detail: null, kind: 'user' });
    expect(names('user:u-admin').name).toBe('admin');
  });

  it('names a device with its unit', () => {
    expect(names('device:dev-1')).toEqual({
      id: 'device:dev-1',
      name: 'Laptop Unit 1',
      detail: 'Unit Keliling Sleman 1',
      kind: 'device',
    });
  });

  it('names officers by bare id (a change’s `by`) and as `officer:<id>` (key escrow)', () => {
    expect(names('off-1')).toMatchObject({ name: 'Bripka Sari', kind: 'officer' });
    expect(names('officer:off-1')).toMatchObject({ id: 'officer:off-1', name: 'Bripka Sari', kind: 'officer' });
  });

  it('names a bare username (the `by` of a change made on HQ’s screens)', () => {
    expect(names('hq')).toMatchObject({ id: 'hq', name: 'Kompol Dewi', kind: 'user' });
  });

  it('labels the server’s own actors', () => {
    expect(names('server')).toMatchObject({ kind: 'system', name: 'Server (otomatis)' });
    expect(names('public:portal')).toMatchObject({ kind: 'system', name: 'Portal warga' });
  });

  it('falls back to the id itself for anything it does not know', () => {
    for (const id of ['user:orang-lain', 'device:x', 'off-gone', 'officer:nobody', 'constructor', 'toString', ''])
      expect(names(id)).toEqual({ id, name: id, detail: null, kind: 'unknown' });
  });

  it('shows every id as itself before the directory has loaded', () => {
    expect(actorResolver(undefined)('user:u-hq')).toEqual({
      id: 'user:u-hq',
      name: 'user:u-hq',
      detail: null,
      kind: 'unknown',
    });
  });
});
