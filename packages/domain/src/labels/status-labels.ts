import type { ApplicationStatus } from '../sim/sim-enums.js';
import type {
  ComplaintStatus,
  CrowdPermitStatus,
  LostItemReportStatus,
  VisitStatus,
} from '../status/entity-statuses.js';
import type { Label } from './lang.js';

type AnyStatus = ApplicationStatus | CrowdPermitStatus | LostItemReportStatus | ComplaintStatus | VisitStatus;

/** Every status of every entity (a status word means the same thing wherever it appears). */
export const statusLabels: Readonly<Record<AnyStatus, Label>> = {
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Diajukan', en: 'Submitted' },
  verified: { id: 'Diverifikasi', en: 'Verified' },
  approved: { id: 'Disetujui', en: 'Approved' },
  issued: { id: 'Diterbitkan', en: 'Issued' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
  forwarded: { id: 'Diteruskan', en: 'Forwarded' },
  received: { id: 'Diterima', en: 'Received' },
  in_progress: { id: 'Sedang berlangsung', en: 'In progress' },
  resolved: { id: 'Selesai ditangani', en: 'Resolved' },
  referred: { id: 'Dilimpahkan', en: 'Referred' },
  closed: { id: 'Ditutup', en: 'Closed' },
  planned: { id: 'Direncanakan', en: 'Planned' },
  done: { id: 'Selesai', en: 'Done' },
};

/** The application statuses only (kept for existing imports). */
export const applicationStatusLabels: Readonly<Record<ApplicationStatus, Label>> = statusLabels;
