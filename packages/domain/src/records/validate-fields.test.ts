import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../rules/record-rules.js';
import { entityNames, isEntityName } from './entity-names.js';
import { entityDefinitions, entitySchemas } from './entity-schemas.js';
import { validateFields, validateRecord } from './validate-fields.js';

describe('entity registry', () => {
  it('names every records.md entity and has schemas for each', () => {
    expect(entityNames).toHaveLength(15);
    expect(Object.keys(entitySchemas).sort()).toEqual([...entityNames].sort());
    expect(isEntityName('sim_applications')).toBe(true);
    expect(isEntityName('simApplications')).toBe(false);
    expect(isEntityName('toString')).toBe(false);
  });
});

describe('validateFields', () => {
  it('accepts a valid change to a SIM application', () => {
    expect(validateFields('sim_applications', { status: 'submitted', phone: '+6281234567890' })).toEqual({
      ok: true,
    });
  });

  it('refuses an unknown entity', () => {
    expect(validateFields('sim_application', {})).toMatchObject({ ok: false, code: 'unknown_entity' });
  });

  it('reports an invalid NIK as invalid_nik on field nik', () => {
    expect(validateFields('sim_applications', { nik: '9904071705900001' })).toMatchObject({
      ok: false,
      code: 'invalid_nik',
      field: 'nik',
    });
  });

  it('reports other problems as invalid_field with the field path', () => {
    expect(validateFields('sim_applications', { birthDate: '1995-02-30' })).toMatchObject({
      code: 'invalid_field',
      field: 'birthDate',
    });
    expect(
      validateFields('sim_applications', { photo: { sha256: 'x', mime: 'image/jpeg', size: 1, name: 'a.jpg' } }),
    ).toMatchObject({ code: 'invalid_field', field: 'photo.sha256' });
    expect(validateFields('sim_applications', { nama: 'Sri' })).toMatchObject({
      code: 'invalid_field',
      field: 'nama',
      message: 'Unknown field nama',
    });
    expect(validateFields('sim_applications', null)).toMatchObject({ ok: false, code: 'invalid_field' });
  });

  it('checks the fields of every entity, not only SIM applications', () => {
    expect(validateFields('complaints', { description: 'Lampu jalan mati', urgency: 'sedang' })).toEqual({ ok: true });
    expect(validateFields('skck_applications', { nik: '3404071705900000' })).toMatchObject({ code: 'invalid_nik' });
    expect(validateFields('visits', { villageCode: '34.04.07' })).toMatchObject({ field: 'villageCode' });
    expect(validateFields('complaints', { 'bad key': 1 })).toMatchObject({ field: 'bad key' });
    expect(validateFields('complaints', { notes: 'x'.repeat(10_001) })).toMatchObject({ field: 'notes' });
  });
});

describe('validateRecord', () => {
  it('applies whole-record rules such as the renewal needing the previous SIM', () => {
    expect(validateRecord('sim_applications', { status: 'draft' })).toMatchObject({ ok: false, code: 'invalid_field' });
  });
});

describe('hostile input', () => {
  it('never throws, whatever the fields (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...entityNames),
        fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything()), fc.object({ maxDepth: 4 })),
        (entity, fields) => {
          expect(() => validateFields(entity, fields)).not.toThrow();
          expect(() => validateRecord(entity, fields)).not.toThrow();
          expect(() => checkRecord(entity, fields, { today: '2026-11-28' })).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('rejects values of every wrong type for every field without throwing', () => {
    const values = [null, 0, -1, 1.5, '', 'x'.repeat(20_000), true, [], [1], {}, { a: 1 }, '2026-02-30', '\u0000'];
    for (const entity of entityNames) {
      for (const field of entityDefinitions[entity].fields) {
        for (const value of values) expect(() => validateFields(entity, { [field]: value })).not.toThrow();
      }
    }
  });
});
