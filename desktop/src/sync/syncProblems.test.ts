import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { syncProblems as problemsIn, type SyncFacts, type Translate } from './syncProblems';

const translator = (language: 'id' | 'en'): Translate => {
  const i18n = createI18n(language);
  return (text, values) => i18n.t(text, values);
};
const indonesian = translator('id');
const english = translator('en');
/** The panel's problems as an officer reads them by default (Bahasa Indonesia). */
const syncProblems = (facts: SyncFacts) => problemsIn(facts, indonesian);

const now = Date.parse('2026-11-28T08:00:00Z');
const calm: SyncFacts = {
  online: true,
  errorCode: null,
  pendingChanges: 0,
  rejectedRecords: 0,
  pendingUploads: 0,
  failedUploads: 0,
  uploadErrorCode: null,
  openConflicts: 0,
  lastSuccessAt: '2026-11-28T07:59:00Z',
  now,
};
const codes = (facts: Partial<SyncFacts>) => syncProblems({ ...calm, ...facts }).map((p) => p.code);

describe('the sync panel problems', () => {
  it('says nothing when everything has gone', () => {
    expect(syncProblems(calm)).toEqual([]);
  });

  it('tells an offline officer how much is kept safe and what to do', () => {
    const [offline] = syncProblems({ ...calm, online: false, pendingChanges: 3, pendingUploads: 1 });
    expect(offline?.code).toBe('offline');
    expect(offline?.message).toContain('3 perubahan dan 1 foto tersimpan aman');
    expect(offline?.action).toMatch(/Sambungkan ke jaringan/);
  });

  it('explains a failed round by its code, and names an unknown code so admin can look it up', () => {
    const [network] = syncProblems({ ...calm, errorCode: 'network_error' });
    expect(network).toMatchObject({ code: 'network_error', severity: 'warning' });
    expect(network?.action).toContain('Sinkronkan sekarang');
    const [odd] = syncProblems({ ...calm, errorCode: 'http_502' });
    expect(odd?.message).toContain('http_502');
    expect(odd?.action).toContain('hubungi admin dan sebutkan kode http_502');
    expect(syncProblems({ ...calm, errorCode: 'device_revoked' })[0]?.severity).toBe('error');
  });

  it('lists rejected records, conflicts, refused and stalled photos', () => {
    expect(
      codes({
        rejectedRecords: 2,
        openConflicts: 1,
        failedUploads: 1,
        pendingUploads: 2,
        uploadErrorCode: 'network_error',
      }),
    ).toEqual(['rejected_records', 'open_conflicts', 'upload_refused', 'upload_stalled']);
    expect(syncProblems({ ...calm, rejectedRecords: 2 })[0]?.message).toBe(
      '2 data ditolak server. Isian petugas tetap tersimpan dan terlihat.',
    );
  });

  it('does not repeat the round failure as an upload problem, and says nothing of uploads while offline', () => {
    expect(codes({ errorCode: 'network_error', pendingUploads: 1, uploadErrorCode: 'network_error' })).toEqual([
      'network_error',
    ]);
    expect(codes({ online: false, pendingUploads: 1, uploadErrorCode: 'network_error' })).toEqual(['offline']);
  });

  it('warns when work has waited more than a day, or the device never synced', () => {
    expect(codes({ pendingChanges: 1, lastSuccessAt: '2026-11-27T07:00:00Z' })).toEqual(['stale']);
    expect(codes({ pendingChanges: 1, lastSuccessAt: '2026-11-27T09:00:00Z' })).toEqual([]);
    expect(codes({ pendingUploads: 1, lastSuccessAt: null })).toEqual(['stale']);
    expect(codes({ lastSuccessAt: null })).toEqual([]);
  });

  it('speaks English when English is chosen: every problem, with its counts and codes', () => {
    const all = problemsIn(
      {
        ...calm,
        online: false,
        pendingChanges: 3,
        pendingUploads: 1,
        rejectedRecords: 1,
        openConflicts: 2,
        failedUploads: 2,
        lastSuccessAt: null,
      },
      english,
    );
    expect(all.map((problem) => problem.message)).toEqual([
      'The device is offline. Changes waiting: 3, photos: 1, all kept safe on this device.',
      '1 record was refused by the server. What the officer entered is kept and shown.',
      '2 records were changed in two places at once; both entries are kept.',
      '2 photos were refused by the server: they are damaged.',
      'This device has never synced successfully, and work is waiting.',
    ]);
    const [odd] = problemsIn({ ...calm, errorCode: 'http_502' }, english);
    expect(odd?.message).toBe('The sync failed (code http_502).');
    expect(odd?.action).toContain('quote the code http_502');
    for (const code of ['network_error', 'round_timeout', 'rate_limited', 'resync_required', 'unauthorized'] as const) {
      const [problem] = problemsIn({ ...calm, errorCode: code }, english);
      const [indonesianProblem] = syncProblems({ ...calm, errorCode: code });
      expect(problem?.message).not.toBe(indonesianProblem?.message);
      expect(problem?.message).toMatch(/^[A-Z][a-z ’';,.]+/);
    }
    const [stalled] = problemsIn({ ...calm, pendingUploads: 1, uploadErrorCode: 'upload_offset_mismatch' }, english);
    expect(stalled?.message).toBe('1 photo is not uploaded yet (code upload_offset_mismatch).');
  });
});
