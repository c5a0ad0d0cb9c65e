import { In } from 'typeorm';
import type { FileHolder } from '../../core/files/file-policy';
import { TraceDocument } from './trace.entity';

/** The uploads that are photos of a batch's documents (certificates, lab reports, customs papers). */
export const traceDocumentsHeld: FileHolder = async (ctx, keys) =>
  (await ctx.manager('trace').findBy(TraceDocument, { fileKey: In([...keys]) })).flatMap((document) => document.fileKey ?? []);
