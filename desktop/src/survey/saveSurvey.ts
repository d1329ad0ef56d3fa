import { type SurveyElement, surveyAnswersSchema, surveyElements, surveyedServices } from '@keliling/domain';
import { type SaveDeps, type SaveResult, saveNewRecord } from '../forms/saveRecord';
import { msg } from '../i18n/i18n';

export type SurveyedService = (typeof surveyedServices)[number];

export function isSurveyedService(entity: string): entity is SurveyedService {
  return (surveyedServices as readonly string[]).includes(entity);
}

/** The resident's answers so far: an element left out is not yet rated. */
export type SurveyAnswers = Partial<Record<SurveyElement, number>>;

/** The elements not yet rated, in the regulation's order. */
export function unanswered(answers: SurveyAnswers): SurveyElement[] {
  return surveyElements.filter((element) => answers[element] === undefined);
}

/**
 * Saves a resident's answers given on the officer's laptop (channel `handover`) as a `satisfaction_surveys`
 * record that syncs. All nine elements must be rated 1–4 (the domain's schema); nothing is written otherwise.
 */
export async function saveHandoverSurvey(
  deps: SaveDeps,
  input: { service: SurveyedService; recordId: string; answers: SurveyAnswers; comment: string },
): Promise<SaveResult> {
  const answers = surveyAnswersSchema.safeParse(input.answers);
  if (!answers.success)
    return {
      ok: false,
      error: { code: 'invalid_field', field: 'answers', message: msg('Beri nilai untuk semua unsur.') },
    };
  const comment = input.comment.trim();
  return saveNewRecord(deps, {
    entity: 'satisfaction_surveys',
    fields: {
      service: input.service,
      recordId: input.recordId,
      answers: answers.data,
      channel: 'handover',
      officerId: deps.by,
      ...(comment !== '' ? { comment } : {}),
    },
  });
}
