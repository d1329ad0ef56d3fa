import { describe, expect, it } from 'vitest';
import { newDataKey } from './keyWrap';
import { createRecordCipher, isSecurityError } from './recordCipher';
import { indexRecordFields, nameWords, searchQuery } from './searchIndex';

const person = { nik: '3404071705900001', fullName: 'Sri Wahyuni Ningsih', address: 'Jl. Kaliurang km 10' };

describe('record cipher', () => {
  it('opens what it sealed, and the sealed bytes contain none of it', () => {
    const cipher = createRecordCipher(newDataKey());
    const sealed = cipher.seal(person, 'record/sim_applications/r1');
    expect(cipher.open(sealed, 'record/sim_applications/r1')).toEqual(person);
    const asText = new TextDecoder('latin1').decode(sealed);
    for (const value of Object.values(person)) expect(asText).not.toContain(value);
    // A fresh IV each time: sealing the same value twice gives different bytes.
    expect(cipher.seal(person, 'x')).not.toEqual(cipher.seal(person, 'x'));
  });

  it('detects a flipped bit, a value moved to another record, and the wrong key', () => {
    const cipher = createRecordCipher(newDataKey());
    const sealed = cipher.seal(person, 'record/sim_applications/r1');
    const flipped = sealed.slice();
    flipped[flipped.length - 20] = (flipped[flipped.length - 20] ?? 0) ^ 1;
    const attempts = [
      () => cipher.open(flipped, 'record/sim_applications/r1'),
      () => cipher.open(sealed, 'record/sim_applications/r2'),
      () => createRecordCipher(newDataKey()).open(sealed, 'record/sim_applications/r1'),
      () => cipher.open(sealed.subarray(0, 10), 'record/sim_applications/r1'),
    ];
    for (const attempt of attempts) {
      let error: unknown;
      try {
        attempt();
      } catch (e) {
        error = e;
      }
      expect(isSecurityError(error, 'tampered')).toBe(true);
    }
  });

  it('refuses a data key that is not 256 bits', () => {
    expect(() => createRecordCipher(new Uint8Array(16))).toThrow(/32 bytes/);
  });
});

describe('blind search index', () => {
  it('finds a record by exact NIK and by the start of any name word, only with the same key', () => {
    const key = newDataKey();
    const cipher = createRecordCipher(key);
    const index = indexRecordFields(cipher, person);
    const nik = searchQuery(cipher, person.nik);
    expect(nik).toEqual({ kind: 'nik', token: index.nik });
    for (const typed of ['sri', 'wahy', 'Ningsih', 'WAHYUNI sri']) {
      const query = searchQuery(cipher, typed);
      expect(query?.kind).toBe('name');
      if (query?.kind === 'name') for (const token of query.tokens) expect(index.name).toContain(token);
    }
    const miss = searchQuery(cipher, 'budi');
    if (miss?.kind === 'name') expect(index.name).not.toContain(miss.tokens[0]);
    // Another device's key gives other tokens: a copied index matches nothing without the key.
    const other = searchQuery(createRecordCipher(newDataKey()), person.nik);
    expect(other).not.toEqual(nik);
    expect(JSON.stringify(index)).not.toContain('sri');
    expect(searchQuery(cipher, 'a')).toBeNull();
  });

  it('splits names into lowercase words without diacritics', () => {
    expect(nameWords('Dr. Ni Luh Ayu Ṣrī-Dewi, S.Pd.')).toEqual(['dr', 'ni', 'luh', 'ayu', 'sri', 'dewi', 's', 'pd']);
  });
});
