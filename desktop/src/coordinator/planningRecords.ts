import { type VisitService, type VisitStatus, visitServices, visitStatuses } from '@keliling/domain';
import type { LocalRecord, SyncState } from '@keliling/sync';

/** A unit as the planning screens need it (from the `units` reference records). */
export type UnitInfo = {
  id: string;
  name: string;
  polres: string;
  kind: string | null;
  base: { lat: number; lng: number } | null;
};

/** A visit as the planning screens need it (from `visits` records). */
export type VisitInfo = {
  id: string;
  unitId: string;
  villageCode: string;
  date: string;
  order: number;
  plannedStart: string | null;
  servicesOffered: VisitService[];
  status: VisitStatus;
  syncState: SyncState;
};

/** What the readers below need of a record (a sync client's LocalRecord, or a device's record view row). */
export type RecordLike = Pick<LocalRecord, 'entityId' | 'fields' | 'deleted' | 'syncState'>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export function unitsFrom(records: readonly RecordLike[]): UnitInfo[] {
  return records
    .filter((record) => !record.deleted)
    .map((record): UnitInfo => {
      const { name, polres, kind, baseLat, baseLng } = record.fields;
      const lat = number(baseLat);
      const lng = number(baseLng);
      return {
        id: record.entityId,
        name: text(name) ?? record.entityId,
        polres: text(polres) ?? '',
        kind: text(kind),
        base: lat !== null && lng !== null ? { lat, lng } : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export function visitsFrom(records: readonly RecordLike[]): VisitInfo[] {
  const visits: VisitInfo[] = [];
  for (const record of records) {
    if (record.deleted) continue;
    const f = record.fields;
    const unitId = text(f.unitId);
    const villageCode = text(f.villageCode);
    const date = text(f.date);
    const status = visitStatuses.find((s) => s === f.status);
    if (!unitId || !villageCode || !date || !status) continue;
    const services = Array.isArray(f.servicesOffered) ? f.servicesOffered : [];
    visits.push({
      id: record.entityId,
      unitId,
      villageCode,
      date,
      order: number(f.order) ?? 0,
      plannedStart: text(f.plannedStart),
      servicesOffered: visitServices.filter((s) => services.includes(s)),
      status,
      syncState: record.syncState,
    });
  }
  return visits.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
}
