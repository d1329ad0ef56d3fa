import {
  type ChecklistContext,
  type ChecklistService,
  documentChecklist,
  missingDocuments,
} from '../documents/checklists.js';
import { issue, type RuleIssue, type Severity } from './rule-codes.js';

/** Missing checklist documents: `severity` decides whether they block (from verification on) or only warn. */
export function documentIssues(
  service: ChecklistService,
  documents: unknown,
  context: ChecklistContext,
  severity: Severity,
): RuleIssue[] {
  const ticked = documents !== null && typeof documents === 'object' ? (documents as Record<string, boolean>) : null;
  const missing = missingDocuments(documentChecklist(service, context), ticked);
  return missing.length === 0
    ? []
    : [issue('documents_missing', 'documents', severity, { missing: missing.join(', ') })];
}
