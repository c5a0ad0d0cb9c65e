import { In } from 'typeorm';
import type { FileHolder, FilePolicy } from '../../core/files/file-policy';
import { Complaint, ComplaintFile } from './complaints.entity';
import { partyOf } from './parties';

/** A complaint's evidence is for its two parties and regulators only. */
export const complaintEvidencePolicy: FilePolicy = async (ctx, key) => {
  const links = await ctx.manager('market').findBy(ComplaintFile, { fileKey: key });
  if (links.length === 0) return null;
  const complaints = await ctx.manager('market').findBy(Complaint, { id: In(links.map((l) => l.complaintId)) });
  for (const complaint of complaints) if (await partyOf(ctx, complaint)) return true;
  return false;
};

/** The uploads that are some complaint's evidence. */
export const complaintEvidenceHeld: FileHolder = async (ctx, keys) =>
  (await ctx.manager('market').findBy(ComplaintFile, { fileKey: In([...keys]) })).map((file) => file.fileKey);
