import { describe, expect, it } from 'vitest';
import { entityStatuses } from '../status/entity-statuses.js';
import {
  checkLostItems,
  checkPortalField,
  checkPortalForm,
  citizenNotification,
  citizenStatus,
  citizenTexts,
  portalErrorTexts,
  portalFieldNames,
  portalService,
  portalServices,
} from './index.js';

const lost = portalService('lost_item_reports');
const crowd = portalService('crowd_permit_requests');
const complaint = portalService('complaints');
const field = (name: string) => lost.fields.find((f) => f.name === name)!;

describe('citizen status texts', () => {
  const citizenEntities = [
    'sim_applications',
    'skck_applications',
    'lost_item_reports',
    'complaints',
    'crowd_permit_requests',
  ] as const;
  it.each(citizenEntities)('every status of %s has a title, a meaning and steps in both languages', (entity) => {
    for (const status of entityStatuses[entity] ?? []) {
      for (const lang of ['id', 'en'] as const) {
        const s = citizenStatus(entity, status, lang);
        expect(s.title).not.toBe(status);
        expect(s.meaning).not.toMatch(/tercatat di sistem|is on record/);
      }
    }
  });

  it('a reason HQ wrote is carried, and the next steps say to act on it', () => {
    const without = citizenStatus('sim_applications', 'rejected', 'id');
    const withReason = citizenStatus(
      'sim_applications',
      'rejected',
      'id',
      '  Surat keterangan sehat sudah kedaluwarsa. ',
    );
    expect(without.reason).toBeNull();
    expect(withReason.reason).toBe('Surat keterangan sehat sudah kedaluwarsa.');
    expect(withReason.nextSteps[0]).toMatch(/alasan di atas/);
    expect(citizenStatus('skck_applications', 'verified', 'en', 'Bring the original KK').nextSteps[0]).toMatch(
      /note above/,
    );
  });

  it('the same texts in both languages for every key', () => {
    for (const table of [citizenTexts, portalErrorTexts]) {
      for (const text of Object.values(table)) expect(text.id.length * text.en.length).toBeGreaterThan(0);
    }
  });
});

describe('citizen notifications', () => {
  it('carry the reason, shortened, and point to the status page', () => {
    const text = citizenNotification('sim_applications', 'rejected', {
      receiptNumber: 'SIM-1',
      reason: 'x'.repeat(500),
    });
    expect(text).toMatch(/^Permohonan SIM Anda \(SIM-1\) ditolak\. Alasan: x+… Lihat langkah berikutnya/);
    expect(text!.length).toBeLessThan(320);
    expect(citizenNotification('sim_applications', 'rejected', { receiptNumber: 'SIM-1' })).toMatch(/Hubungi petugas/);
    expect(citizenNotification('complaints', 'received', { receiptNumber: 'ADU-1' })).toBeNull();
  });
});

describe('portal forms', () => {
  it('list fields from the records, with labels, and the rule of the field', () => {
    expect(portalFieldNames('complaints')).toEqual([
      'anonymous',
      'fullName',
      'nik',
      'category',
      'description',
      'villageCode',
      'location',
      'urgency',
    ]);
    for (const service of portalServices) for (const f of service.fields) expect(f.label.id).not.toBe(f.name);
    expect(field('nik').required).toBe(true);
    expect(field('villageCode').required).toBe(false);
    expect(crowd.fields.find((f) => f.name === 'scale')?.options?.map((o) => o.value)).toContain('kabupaten_kota');
  });

  it('check a field in plain words, by its label', () => {
    expect(checkPortalField(field('nik'), { nik: '12345' }, 'id')).toBe('NIK harus 16 angka, sesuai KTP.');
    expect(checkPortalField(field('nik'), { nik: '9971015507900001' }, 'id')).toMatch(/provinsi/);
    expect(checkPortalField(field('fullName'), {}, 'id')).toBe('Nama lengkap wajib diisi.');
    expect(checkPortalField(field('birthDate'), { birthDate: '1890-01-01' }, 'en')).toBe(
      'A birth date cannot be before 1900.',
    );
    expect(checkPortalField(field('sex'), {}, 'id')).toBe('Pilih Jenis kelamin.');
    expect(checkPortalField(field('villageCode'), {}, 'id')).toBeNull();
    expect(checkPortalField(field('address'), { address: 'a'.repeat(2001) }, 'id')).toMatch(/paling banyak 2000/);
  });

  it('check the whole form: hidden fields skipped, cross-field and blocking rules by field, in form order', () => {
    const values = {
      fullName: 'Siti',
      nik: '3404015507900001',
      birthPlace: 'Sleman',
      birthDate: '1990-07-15',
      sex: 'P',
      address: 'Jl. Kaliurang',
      lostOn: '2099-01-01',
      lostPlace: 'Pasar',
      chronology: 'Jatuh',
    };
    const messages = checkPortalForm(lost, values, 'id', '2026-11-02');
    expect(messages.map((m) => m.field)).toEqual(['lostOn']);
    expect(
      checkPortalForm(
        complaint,
        { anonymous: true, category: 'pelayanan', description: 'x', urgency: 'rendah' },
        'id',
        '2026-11-02',
      ),
    ).toEqual([]);
    expect(checkPortalForm(complaint, { anonymous: false }, 'id', '2026-11-02').map((m) => m.field)).toEqual([
      'fullName',
      'category',
      'description',
      'urgency',
    ]);
    const event = { eventType: 'lainnya', startsAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T09:00:00.000Z' };
    const crowdFields = checkPortalForm(crowd, event, 'id', '2026-11-02').map((m) => m.field);
    expect(crowdFields).toContain('eventTypeOther');
    expect(crowdFields).toContain('endsAt');
  });

  it('check lost items by number', () => {
    expect(checkLostItems([], 'id')[0]?.message).toBe('Sebutkan 1 sampai 10 barang yang hilang.');
    expect(checkLostItems([{ itemType: 'KTP' }, { itemType: 'LAINNYA' }], 'id')).toEqual([
      { field: 'items.1.description', message: 'Barang 2: jelaskan barangnya, karena jenisnya "Lainnya".' },
    ]);
  });
});
