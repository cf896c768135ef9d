export { findPartyMentions, capitalsAsStates, type PartyMention, type FindMentionsOptions } from './find-mentions.ts';
export { capitalOf } from './capitals.ts';
export { homeStateOf } from '../../gazetteer/resolver.ts';
