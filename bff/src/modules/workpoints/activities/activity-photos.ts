import type { FileHolder } from '../../../core/files/file-policy';
import { Participation } from './activities.entity';

/** The uploads that are evidence of a villager's part in an activity (kept comma-separated). */
export const participationPhotosHeld: FileHolder = async (ctx, keys) => {
  if (keys.length === 0) return [];
  const query = ctx.manager('village').createQueryBuilder(Participation, 'p').select('p.photoKeys', 'photoKeys');
  // A key holds no LIKE wildcard (digits, a month, a UUID, an extension).
  keys.forEach((key, i) => query.orWhere(`p.photoKeys LIKE :key${i}`, { [`key${i}`]: `%${key}%` }));
  const rows = await query.getRawMany<{ photoKeys: string }>();
  const attached = new Set(rows.flatMap((row) => row.photoKeys.split(',')));
  return keys.filter((key) => attached.has(key));
};
