import { describe, expect, it } from 'vitest';
import { commonActions, reviewActions, reviewEdits } from './reviewActions';

describe('review actions for HQ', () => {
  it('offers the next steps of the application flow', () => {
    expect(reviewActions('sim_applications', 'submitted').sort()).toEqual(['rejected', 'verified']);
    expect(reviewActions('sim_applications', 'verified').sort()).toEqual(['approved', 'rejected']);
    expect(reviewActions('sim_applications', 'approved')).toEqual(['issued']);
    expect(reviewActions('sim_applications', 'issued')).toEqual([]);
    expect(reviewActions('crowd_permit_requests', 'verified')).toEqual(['forwarded']);
  });

  it('bulk actions are those every selected record allows', () => {
    const a = { entity: 'sim_applications', id: 'a', status: 'submitted' };
    const b = { entity: 'skck_applications', id: 'b', status: 'verified' };
    expect(commonActions([a, b])).toEqual(['rejected']);
    expect(commonActions([])).toEqual([]);
  });

  it('a rejection needs a reason; other steps clear it', () => {
    const target = { entity: 'sim_applications', id: 'a', status: 'verified' };
    expect(reviewEdits([target], 'rejected', '  ', 'hq')).toEqual({ ok: false, code: 'reason_required' });
    expect(reviewEdits([target], 'rejected', ' Foto buram ', 'hq')).toEqual({
      ok: true,
      edits: [
        {
          entity: 'sim_applications',
          entityId: 'a',
          fields: { status: 'rejected', statusReason: 'Foto buram' },
          by: 'hq',
        },
      ],
    });
    expect(reviewEdits([target], 'approved', '', 'hq')).toMatchObject({
      ok: true,
      edits: [{ fields: { status: 'approved', statusReason: null } }],
    });
    expect(reviewEdits([target], 'issued', '', 'hq')).toEqual({ ok: false, code: 'forbidden_transition' });
  });
});
