import 'fake-indexeddb/auto';
import { surveyElements } from '@keliling/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDevice } from '../forms/testDevice';
import { testOfficer } from '../security/testKeys';
import { saveHandoverSurvey, unanswered } from './saveSurvey';

const recordId = '01JDSKCK00000000000000000A';

const device = createTestDevice();
afterEach(() => device.cleanUp());
const setup = () => device.open();

describe('saveHandoverSurvey', () => {
  it('saves the nine answers as a handover survey of the served record', async () => {
    const deps = setup();
    const answers = Object.fromEntries(surveyElements.map((element, i) => [element, (i % 4) + 1]));
    const result = await saveHandoverSurvey(deps, {
      service: 'skck_applications',
      recordId,
      answers,
      comment: '  Cepat dan ramah. ',
    });
    if (!result.ok) throw new Error(result.error.message);
    const [change] = await deps.storage.outbox();
    expect(change?.fields).toMatchObject({
      service: 'skck_applications',
      recordId,
      channel: 'handover',
      officerId: testOfficer.id,
      answers,
      comment: 'Cepat dan ramah.',
    });
  });

  it('refuses answers with an element left out or out of range, and writes nothing', async () => {
    const deps = setup();
    const partial = { persyaratan: 4, prosedur: 3 };
    expect(unanswered(partial)).toHaveLength(7);
    expect(
      (await saveHandoverSurvey(deps, { service: 'complaints', recordId, answers: partial, comment: '' })).ok,
    ).toBe(false);
    const outOfRange = Object.fromEntries(surveyElements.map((element) => [element, 5]));
    expect(
      (await saveHandoverSurvey(deps, { service: 'complaints', recordId, answers: outOfRange, comment: '' })).ok,
    ).toBe(false);
    expect(await deps.storage.outboxSize()).toBe(0);
  });
});
