import { z } from 'zod';
import { isPrintableLine } from '../text.js';

export const maxAttachmentBytes = 10 * 1024 * 1024;

/** A file kept beside a record and referred to by its content hash. */
export const attachmentSchema = z
  .strictObject({
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'Must be 64 lower-case hex digits' }),
    mime: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, { message: 'Must be a MIME type such as image/jpeg' }),
    size: z.number().int().min(1).max(maxAttachmentBytes),
    name: z.string().min(1).max(255).refine(isPrintableLine, { message: 'Must be printable text on one line' }),
  })
  .describe('file {sha256, mime, size, name}');

export const photoMimeTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** A photo of the applicant. */
export const photoSchema = attachmentSchema
  .extend({ mime: z.enum(photoMimeTypes) })
  .describe('photo {sha256, mime image/jpeg|png|webp, size, name}');

export type Attachment = z.infer<typeof attachmentSchema>;
