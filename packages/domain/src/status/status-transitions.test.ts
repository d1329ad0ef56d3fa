import { describe, expect, it } from 'vitest';
import { roles } from '../roles.js';
import { applicationStatuses } from '../sim/sim-enums.js';
import { canTransition, checkTransition, nextStatuses } from './status-transitions.js';

const entity = 'sim_applications';

/** Every allowed SIM application transition and who may make it; everything else is refused. */
const allowed: Record<string, readonly string[]> = {
  'draft→submitted': ['officer', 'hq'],
  'submitted→verified': ['officer', 'hq'],
  'verified→approved': ['hq'],
  'approved→issued': ['hq'],
  'submitted→rejected': ['hq'],
  'verified→rejected': ['hq'],
  'draft→cancelled': ['officer', 'hq'],
  'submitted→cancelled': ['officer', 'hq'],
};

const cases = applicationStatuses.flatMap((from) =>
  applicationStatuses.flatMap((to) =>
    roles.map((role) => ({ from, to, role, expected: (allowed[`${from}→${to}`] ?? []).includes(role) })),
  ),
);

describe('SIM application transitions', () => {
  it.each(cases)('$role: $from → $to is $expected', ({ from, to, role, expected }) => {
    expect(canTransition({ entity, from, to, role })).toBe(expected);
  });

  it('lets an officer take an application only as far as verified', () => {
    expect(nextStatuses({ entity, from: 'draft', role: 'officer' })).toEqual(['submitted', 'cancelled']);
    expect(nextStatuses({ entity, from: 'submitted', role: 'officer' })).toEqual(['verified', 'cancelled']);
    expect(nextStatuses({ entity, from: 'verified', role: 'officer' })).toEqual([]);
  });

  it('gives coordinators and admins no application transitions', () => {
    for (const from of applicationStatuses) {
      expect(nextStatuses({ entity, from, role: 'coordinator' })).toEqual([]);
      expect(nextStatuses({ entity, from, role: 'admin' })).toEqual([]);
    }
  });

  it('refuses skipped steps with forbidden_transition', () => {
    expect(checkTransition({ entity, from: 'draft', to: 'verified', role: 'hq' })).toMatchObject({
      ok: false,
      code: 'forbidden_transition',
    });
    expect(checkTransition({ entity, from: 'verified', to: 'approved', role: 'hq' })).toEqual({ ok: true });
  });

  it('allows nothing out of the final statuses', () => {
    for (const from of ['issued', 'rejected', 'cancelled']) {
      for (const role of roles) expect(nextStatuses({ entity, from, role })).toEqual([]);
    }
  });
});

describe('other entities', () => {
  it('lets coordinators cancel planned visits but not run them', () => {
    expect(canTransition({ entity: 'visits', from: 'planned', to: 'cancelled', role: 'coordinator' })).toBe(true);
    expect(canTransition({ entity: 'visits', from: 'planned', to: 'in_progress', role: 'coordinator' })).toBe(false);
    expect(canTransition({ entity: 'visits', from: 'planned', to: 'in_progress', role: 'officer' })).toBe(true);
  });

  it('leaves closing complaints and forwarding crowd permits to hq', () => {
    expect(canTransition({ entity: 'complaints', from: 'resolved', to: 'closed', role: 'officer' })).toBe(false);
    expect(canTransition({ entity: 'complaints', from: 'resolved', to: 'closed', role: 'hq' })).toBe(true);
    expect(canTransition({ entity: 'crowd_permit_requests', from: 'verified', to: 'forwarded', role: 'officer' })).toBe(
      false,
    );
  });

  it('knows no transitions for entities without statuses', () => {
    expect(canTransition({ entity: 'units', from: 'a', to: 'b', role: 'hq' })).toBe(false);
  });
});
