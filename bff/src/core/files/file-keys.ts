import { MaxLength } from 'class-validator';

/** The image kinds accepted as evidence, known by their first bytes rather than their names. */
const IMAGE_SIGNATURES: Array<{ type: string; ext: string; matches: (b: Buffer) => boolean }> = [
  { type: 'image/jpeg', ext: 'jpg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', ext: 'png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/webp', ext: 'webp', matches: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' },
];

export function sniffImage(content: Buffer): { type: string; ext: string } | null {
  return IMAGE_SIGNATURES.find((s) => s.matches(content)) ?? null;
}

const FILE_KEY = /^(\d{1,10})\/\d{6}\/[0-9a-f-]{36}\.(jpg|png|webp)$/;

/** No key is longer (a ten-digit account id, the month, a UUID, `.webp`). */
const LONGEST_FILE_KEY = 59;

/** Bounds an input holding upload keys (one, or each of a list); ownership is checked later. */
export const IsFileKeyLength = () => MaxLength(LONGEST_FILE_KEY, { each: true, message: '照片无效，请重新上传' });

/** Keys start with the uploader's account id, so ownership is read from the key itself. */
export function ownerOfFileKey(key: string): number | null {
  const match = FILE_KEY.exec(key);
  return match ? Number(match[1]) : null;
}

/** A new key for an upload by `accountId` of a file of this extension, in this month's folder. */
export function newFileKey(accountId: number, ext: string, at: Date, id: string): string {
  const month = at.toISOString().slice(0, 7).replace('-', '');
  return `${accountId}/${month}/${id}.${ext}`;
}
