import { describe, expect, it } from 'vitest';
import { documentChecklist, missingDocuments } from './checklists.js';

const keys = (items: { key: string }[]) => items.map((i) => i.key);

describe('documentChecklist', () => {
  it('SIM: a renewal needs the old SIM, a new SIM a driving-school certificate', () => {
    expect(keys(documentChecklist('sim_applications', { applicationType: 'renewal' }))).toEqual([
      'ktp',
      'previousSim',
      'healthCertificate',
      'psychTest',
    ]);
    expect(keys(documentChecklist('sim_applications', { applicationType: 'new' }))).toContain(
      'drivingSchoolCertificate',
    );
  });

  it('adds proof of JKN only where a setting requires it, marked unconfirmed', () => {
    expect(keys(documentChecklist('skck_applications', { applicationType: 'new' }))).not.toContain('jkn');
    expect(documentChecklist('skck_applications', { applicationType: 'new', jknRequired: true })).toContainEqual({
      key: 'jkn',
      confirmed: false,
      source: expect.stringContaining('Perpol 6/2023'),
    });
  });

  it('SKCK: new needs KTP, KK, birth certificate, photos and fingerprints; renewal the old SKCK and photos', () => {
    expect(keys(documentChecklist('skck_applications', { applicationType: 'new' }))).toEqual([
      'ktp',
      'kk',
      'birthCertificate',
      'fingerprintCard',
      'photos4x6',
    ]);
    expect(keys(documentChecklist('skck_applications', { applicationType: 'renewal' }))).toEqual([
      'ktp',
      'photos4x6',
      'previousSkck',
    ]);
  });

  it('lost-item report: supporting letters follow the item types', () => {
    expect(keys(documentChecklist('lost_item_reports', { itemTypes: ['ATM', 'KTP'] }))).toEqual([
      'reporterId',
      'villageLetter',
      'bankLetter',
    ]);
  });

  it('lists what is not ticked', () => {
    const items = documentChecklist('crowd_permit_requests', { byOrganization: true });
    expect(missingDocuments(items, { ktp: true, committeeList: true, venueConsent: false })).toEqual([
      'venueConsent',
      'agencyRecommendation',
      'statementLetter',
      'articlesOfAssociation',
    ]);
    expect(missingDocuments(items, null)).toHaveLength(6);
  });
});
