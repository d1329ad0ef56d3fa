import { nikMatches } from '../nik/check-nik.js';
import { decodeNik } from '../nik/nik.js';
import { issue, type RuleIssue } from './rule-codes.js';

type Person = { nik?: unknown; birthDate?: unknown; sex?: unknown };

/**
 * Rules on a person's identity fields: a birth date after `on` is an error; a NIK whose date or sex disagrees
 * with the typed birth date or sex, or whose regency/district is not in today's list (regions split since
 * the NIK was issued), is a warning for the officer to look at.
 */
export function personIssues(person: Person, { today, on }: { today: string; on: string }): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { nik, birthDate, sex } = person;
  if (typeof birthDate === 'string' && (birthDate > on || birthDate > today)) {
    issues.push(issue('birth_date_in_future', 'birthDate', 'error'));
  }
  if (typeof nik !== 'string') return issues;
  const decoded = decodeNik(nik, today);
  if (!decoded.ok) return issues;
  for (const warning of decoded.warnings) {
    issues.push(issue('nik_region_unknown', 'nik', 'warning', { regionCode: warning.regionCode }));
  }
  if (typeof birthDate === 'string' && (sex === 'L' || sex === 'P')) {
    const match = nikMatches({ nik, birthDate, sex });
    if (!match.matches) {
      if (match.mismatched.includes('birthDate')) issues.push(issue('nik_birth_date_mismatch', 'birthDate', 'warning'));
      if (match.mismatched.includes('sex')) issues.push(issue('nik_sex_mismatch', 'sex', 'warning'));
    }
  }
  return issues;
}
