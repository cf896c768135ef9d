import type { Party } from '../../domain/party.ts';
import type { DocumentContext } from '../sentence.ts';

/**
 * Blocs whose bodies stand for them as a side of a fact: a meeting of the Eurasian Economic
 * Commission names the EAEU. Bodies of other blocs (NATO's, the GCC's) are named as themselves.
 */
export const BLOCS_OF_BODIES: ReadonlySet<string> = new Set([
  'bloc:cis', 'bloc:eaeu', 'bloc:union-state', 'bloc:sco', 'bloc:csto', 'bloc:eurasec', 'bloc:brics', 'bloc:asean', 'bloc:eu',
]);

/**
 * The bloc a body (not a bloc itself) stands for, among `blocs`, or null. The gazetteer's party,
 * so that naming it through context.nameOf gives the fact the bloc's id as well as its name.
 */
export function blocOfBody(p: Party, context: DocumentContext, blocs: ReadonlySet<string> = BLOCS_OF_BODIES): Party | null {
  return p.kind !== 'bloc' && p.parentId !== null && blocs.has(p.parentId) ? context.partyById(p.parentId) : null;
}
