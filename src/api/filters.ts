import type { Database } from '../store/open.ts';
import { unknownPartyIds } from '../store/queries/parties.ts';
import { badRequest } from './errors.ts';

/** A filter naming parties the gazetteer does not know is a mistake worth saying, not an empty list. */
export async function checkPartiesKnown(db: Database, ids: string[] | undefined, param = 'party'): Promise<void> {
  if (!ids?.length) return;
  const unknown = await unknownPartyIds(db, ids);
  if (unknown.length) throw badRequest(`querystring ${param}: unknown party ${unknown.map((id) => `"${id}"`).join(', ')} (GET /api/parties?q= finds ids)`);
}
