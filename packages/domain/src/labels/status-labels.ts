import type { ApplicationStatus } from '../sim/sim-enums.js';
import type { Label } from './lang.js';

export const applicationStatusLabels: Readonly<Record<ApplicationStatus, Label>> = {
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Diajukan', en: 'Submitted' },
  verified: { id: 'Diverifikasi', en: 'Verified' },
  approved: { id: 'Disetujui', en: 'Approved' },
  issued: { id: 'Diterbitkan', en: 'Issued' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
};
