import { loadGazetteer } from '../gazetteer/load.ts';
import type { Store } from '../store/open.ts';
import { upsertParties } from '../store/parties.ts';

export interface InitResult {
  parties: number;
  aliases: number;
}

/** Creates or migrates the store (opening it does that) and loads the gazetteer. Idempotent. */
export async function initStore(store: Store): Promise<InitResult> {
  return upsertParties(store.db, loadGazetteer());
}
