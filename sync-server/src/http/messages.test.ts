import { describe, expect, it } from 'vitest';
import { fieldLabel, message } from './messages.js';

describe('server messages', () => {
  it('names a field with the domain label of its entity, for every service, else by its name', () => {
    expect(fieldLabel('sim_applications', 'fullName', 'id')).toBe('Nama lengkap');
    expect(fieldLabel('skck_applications', 'purpose', 'id')).toBe('Keperluan');
    expect(fieldLabel('skck_applications', 'purpose', 'en')).toBe('Purpose');
    expect(fieldLabel('skck_applications', 'noSuchField', 'id')).toBe('noSuchField');
    expect(fieldLabel('no_such_entity', 'purpose', 'id')).toBe('purpose');
  });

  it('reads contract errors from the domain catalogue and server-only keys from its own', () => {
    expect(message('not_found', 'id')).toBe('Data tidak ditemukan.');
    expect(message('invalid_credentials', 'en')).toBe('Wrong username or password.');
  });
});
