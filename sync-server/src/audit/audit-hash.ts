import { createHash } from 'node:crypto';
import { canonicalJson } from '../store/content-hash.js';

/** The chain's start: the prev_hash of the first entry. */
export const genesisHash = '0'.repeat(64);

/** The hashed part of an audit entry; `details` is stored as canonical JSON text. */
export type AuditFields = {
  seq: number;
  at: string;
  actor: string;
  actorKind: string;
  action: string;
  entity: string | null;
  entityId: string | null;
  details: string;
  prevHash: string;
};

/** SHA-256 (hex) over a canonical JSON array of the fields in a fixed order, the previous hash last. */
export function auditEntryHash(f: AuditFields): string {
  const encoded = canonicalJson([
    f.seq,
    f.at,
    f.actor,
    f.actorKind,
    f.action,
    f.entity,
    f.entityId,
    f.details,
    f.prevHash,
  ]);
  return createHash('sha256').update(encoded, 'utf8').digest('hex');
}
