import { describe, expect, it } from 'vitest';
import type { EntityName } from '../records/entity-names.js';
import { exampleRecords } from '../records/example-records.js';
import { roles } from '../roles.js';
import { entityStatuses } from '../status/entity-statuses.js';
import { allowedActions, checkChange, fieldWritePermission } from './field-permissions.js';

/** records.md "Statuses" and "who may", written out independently of the code's tables. */
const applications = {
  'draft→submitted': ['officer', 'hq'],
  'submitted→verified': ['officer', 'hq'],
  'verified→approved': ['hq'],
  'approved→issued': ['hq'],
  'submitted→rejected': ['hq'],
  'verified→rejected': ['hq'],
  'draft→cancelled': ['officer', 'hq'],
  'submitted→cancelled': ['officer', 'hq'],
};
const allowedTransitions: Partial<Record<EntityName, Record<string, readonly string[]>>> = {
  sim_applications: applications,
  skck_applications: applications,
  crowd_permit_requests: {
    'draft→submitted': ['officer', 'hq'],
    'submitted→verified': ['officer', 'hq'],
    'verified→forwarded': ['hq'],
    'forwarded→approved': ['hq'],
    'forwarded→rejected': ['hq'],
    'draft→cancelled': ['officer', 'hq'],
    'submitted→cancelled': ['officer', 'hq'],
  },
  lost_item_reports: { 'submitted→issued': ['officer', 'hq'], 'submitted→cancelled': ['officer', 'hq'] },
  complaints: {
    'received→in_progress': ['officer', 'hq'],
    'in_progress→resolved': ['officer', 'hq'],
    'in_progress→referred': ['officer', 'hq'],
    'resolved→closed': ['hq'],
    'referred→closed': ['hq'],
  },
  visits: {
    'planned→in_progress': ['officer', 'hq'],
    'in_progress→done': ['officer', 'hq'],
    'planned→cancelled': ['coordinator', 'hq'],
  },
};

const transitionCases = Object.entries(allowedTransitions).flatMap(([entity, allowed]) => {
  const statuses = entityStatuses[entity as EntityName] ?? [];
  return statuses.flatMap((from) =>
    statuses
      .filter((to) => to !== from)
      .flatMap((to) =>
        roles.map((role) => ({
          entity: entity as EntityName,
          from,
          to,
          role,
          expected: (allowed[`${from}→${to}`] ?? []).includes(role),
        })),
      ),
  );
});

describe('each status transition by each role (checkChange)', () => {
  it.each(transitionCases)('$entity: $role $from → $to allowed=$expected', ({ entity, from, to, role, expected }) => {
    const current = { ...exampleRecords[entity], status: from };
    const result = checkChange({ entity, role, current, fields: { status: to } });
    expect(result).toEqual(
      expected ? { ok: true } : expect.objectContaining({ ok: false, code: 'forbidden_transition', field: 'status' }),
    );
  });
});

describe('field permissions (out_of_scope)', () => {
  const sim = exampleRecords.sim_applications;

  it('lets an officer edit an application until it is verified, with the status change that verifies it', () => {
    for (const status of ['draft', 'submitted']) {
      expect(
        checkChange({
          entity: 'sim_applications',
          role: 'officer',
          current: { ...sim, status },
          fields: { phone: '+6281111111111' },
        }),
      ).toEqual({ ok: true });
    }
    expect(
      checkChange({
        entity: 'sim_applications',
        role: 'officer',
        current: { ...sim, status: 'submitted' },
        fields: { status: 'verified', documents: { ktp: true } },
      }),
    ).toEqual({ ok: true });
    for (const status of ['verified', 'approved', 'issued', 'rejected', 'cancelled']) {
      expect(
        checkChange({
          entity: 'sim_applications',
          role: 'officer',
          current: { ...sim, status },
          fields: { phone: '+6281111111111' },
        }),
      ).toMatchObject({ ok: false, code: 'out_of_scope', field: 'phone' });
    }
  });

  it('lets HQ correct any field of any record, but nobody change unitId or createdAt', () => {
    expect(
      checkChange({
        entity: 'sim_applications',
        role: 'hq',
        current: { ...sim, status: 'issued' },
        fields: { fullName: 'Sri Wahyuningsih' },
      }),
    ).toEqual({ ok: true });
    expect(
      checkChange({ entity: 'units', role: 'hq', current: exampleRecords.units, fields: { name: 'Unit 1' } }),
    ).toEqual({ ok: true });
    for (const role of roles) {
      expect(
        checkChange({
          entity: 'sim_applications',
          role,
          current: { ...sim, status: 'draft' },
          fields: { unitId: 'unit-bantul-1' },
        }),
      ).toMatchObject({ ok: false, code: 'out_of_scope', field: 'unitId' });
    }
    // Repeating the same value (a full-record push) is not a change.
    expect(
      checkChange({
        entity: 'sim_applications',
        role: 'officer',
        current: { ...sim, status: 'draft' },
        fields: { unitId: sim.unitId },
      }),
    ).toEqual({ ok: true });
  });

  it('lets coordinators plan visits only, and officers only move them along', () => {
    const visit = { ...exampleRecords.visits, status: 'planned' };
    expect(checkChange({ entity: 'visits', role: 'coordinator', current: null, fields: visit })).toEqual({ ok: true });
    expect(checkChange({ entity: 'visits', role: 'coordinator', current: visit, fields: { order: 2 } })).toEqual({
      ok: true,
    });
    expect(checkChange({ entity: 'visits', role: 'officer', current: null, fields: visit })).toMatchObject({
      code: 'out_of_scope',
    });
    expect(checkChange({ entity: 'visits', role: 'officer', current: visit, fields: { order: 2 } })).toMatchObject({
      code: 'out_of_scope',
      field: 'order',
    });
    expect(
      checkChange({
        entity: 'visits',
        role: 'officer',
        current: visit,
        fields: { status: 'in_progress', arrivedAt: '2026-11-28T01:00:00.000Z' },
      }),
    ).toEqual({ ok: true });
    expect(checkChange({ entity: 'sim_applications', role: 'coordinator', current: null, fields: sim })).toMatchObject({
      code: 'out_of_scope',
    });
  });

  it('leaves reference data to admins (and HQ)', () => {
    for (const entity of ['units', 'officers', 'fee_tables', 'trainings', 'training_attendance'] as const) {
      expect(checkChange({ entity, role: 'admin', current: null, fields: exampleRecords[entity] })).toEqual({
        ok: true,
      });
      expect(checkChange({ entity, role: 'officer', current: null, fields: exampleRecords[entity] })).toMatchObject({
        code: 'out_of_scope',
      });
      expect(checkChange({ entity, role: 'coordinator', current: exampleRecords[entity], fields: {} })).toEqual({
        ok: true,
      });
    }
    expect(checkChange({ entity: 'sim_applications', role: 'admin', current: null, fields: sim })).toMatchObject({
      code: 'out_of_scope',
    });
  });

  it('keeps the deciding authority’s answer on a crowd permit to HQ', () => {
    const permit = { ...exampleRecords.crowd_permit_requests, status: 'submitted' };
    expect(
      fieldWritePermission({
        entity: 'crowd_permit_requests',
        role: 'officer',
        field: 'decisionRef',
        currentStatus: 'submitted',
      }),
    ).toMatchObject({
      ok: false,
      code: 'out_of_scope',
    });
    expect(
      checkChange({
        entity: 'crowd_permit_requests',
        role: 'hq',
        current: { ...permit, status: 'forwarded' },
        fields: { status: 'approved', decisionRef: 'SIK/12/XII/2026' },
      }),
    ).toEqual({ ok: true });
  });

  it('locks lost items once their report is issued, and follow-ups once the complaint is closed', () => {
    const item = exampleRecords.lost_items;
    expect(
      checkChange({ entity: 'lost_items', role: 'officer', current: null, fields: item, parentStatus: 'submitted' }),
    ).toEqual({ ok: true });
    expect(
      checkChange({ entity: 'lost_items', role: 'officer', current: null, fields: item, parentStatus: 'issued' }),
    ).toMatchObject({
      code: 'out_of_scope',
    });
    expect(
      checkChange({
        entity: 'lost_items',
        role: 'officer',
        current: item,
        fields: { identifier: 'X1' },
        parentStatus: 'issued',
      }),
    ).toMatchObject({
      code: 'out_of_scope',
    });
    const followUp = exampleRecords.complaint_follow_ups;
    expect(
      checkChange({
        entity: 'complaint_follow_ups',
        role: 'officer',
        current: null,
        fields: followUp,
        parentStatus: 'resolved',
      }),
    ).toEqual({ ok: true });
    expect(
      checkChange({
        entity: 'complaint_follow_ups',
        role: 'officer',
        current: null,
        fields: followUp,
        parentStatus: 'closed',
      }),
    ).toMatchObject({
      code: 'out_of_scope',
    });
  });

  it('takes a survey once: the officer creates it and may not edit it', () => {
    const survey = exampleRecords.satisfaction_surveys;
    expect(checkChange({ entity: 'satisfaction_surveys', role: 'officer', current: null, fields: survey })).toEqual({
      ok: true,
    });
    expect(
      checkChange({ entity: 'satisfaction_surveys', role: 'officer', current: survey, fields: { comment: 'x' } }),
    ).toMatchObject({
      code: 'out_of_scope',
    });
  });

  it('creates records only in their first statuses', () => {
    expect(
      checkChange({
        entity: 'sim_applications',
        role: 'officer',
        current: null,
        fields: { ...sim, status: 'submitted' },
      }),
    ).toEqual({ ok: true });
    expect(
      checkChange({
        entity: 'sim_applications',
        role: 'officer',
        current: null,
        fields: { ...sim, status: 'approved' },
      }),
    ).toMatchObject({
      code: 'forbidden_transition',
    });
    expect(
      checkChange({ entity: 'sim_applications', role: 'hq', current: null, fields: { ...sim, status: 'issued' } }),
    ).toMatchObject({
      code: 'forbidden_transition',
    });
  });
});

describe('allowedActions (what the app shows)', () => {
  it('shows an officer the fields and buttons of a submitted SIM application', () => {
    const actions = allowedActions({ entity: 'sim_applications', role: 'officer', status: 'submitted' });
    expect(actions.nextStatuses).toEqual(['verified', 'cancelled']);
    expect(actions.canEdit).toBe(true);
    expect(actions.editableFields).toContain('phone');
    expect(actions.editableFields).toContain('status');
    expect(actions.editableFields).not.toContain('unitId');
  });

  it('shows an officer nothing to do on a verified application, and HQ approve or reject', () => {
    expect(allowedActions({ entity: 'sim_applications', role: 'officer', status: 'verified' })).toEqual({
      canCreate: true,
      canEdit: false,
      editableFields: [],
      nextStatuses: [],
    });
    expect(allowedActions({ entity: 'sim_applications', role: 'hq', status: 'verified' }).nextStatuses).toEqual([
      'approved',
      'rejected',
    ]);
  });

  it('shows a coordinator a new visit form but no SIM form', () => {
    expect(allowedActions({ entity: 'visits', role: 'coordinator' })).toMatchObject({
      canCreate: true,
      canEdit: false,
    });
    expect(allowedActions({ entity: 'visits', role: 'coordinator' }).editableFields).toContain('servicesOffered');
    expect(allowedActions({ entity: 'sim_applications', role: 'coordinator' })).toMatchObject({
      canCreate: false,
      editableFields: [],
    });
    expect(allowedActions({ entity: 'visits', role: 'officer', status: 'in_progress' })).toMatchObject({
      editableFields: ['status', 'arrivedAt', 'leftAt', 'notes'],
      nextStatuses: ['done'],
    });
  });
});
