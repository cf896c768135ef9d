import type { Party } from '../../domain/party.ts';
import type { DocumentContext, FactDraft, Recognizer } from '../sentence.ts';
import { blocOfBody } from './bloc-bodies.ts';
import { findEventMentions, type EventMention } from './event-mentions.ts';
import { groupEventMentions, type EventGroup } from './event-merge.ts';
import { relationParties } from './parties-in-context.ts';

/**
 * Event facts (DESIGN.md fact format, type "event"): forums, commission and council meetings,
 * summits, exhibitions, business councils, visits, talks, conferences and a few others
 * (a body established, a presidency assumed).
 *
 * One event is often mentioned several times in a text, so the document is read once, its
 * mentions grouped (event-merge.ts), and each event is reported from the sentence of its
 * fullest mention. The per-document result is memoized on the context object, which the
 * pipeline creates once per document; the WeakMap lets it go with the document.
 */
const byDocument = new WeakMap<DocumentContext, Map<number, FactDraft[]>>();

export const recognizeEvent: Recognizer = (sentence, context): FactDraft[] => {
  let drafts = byDocument.get(context);
  if (!drafts) {
    drafts = eventDrafts(context);
    byDocument.set(context, drafts);
  }
  return drafts.get(sentence.index) ?? [];
};

/** All event drafts of a document, by the index of the sentence that carries each. */
export function eventDrafts(context: DocumentContext): Map<number, FactDraft[]> {
  const mentions: EventMention[] = [];
  for (const s of context.sentences) mentions.push(...findEventMentions(s, context));
  const out = new Map<number, FactDraft[]>();
  for (const g of groupEventMentions(mentions)) {
    const draft = toDraft(g, context);
    const list = out.get(g.best.sentence) ?? [];
    list.push(draft);
    out.set(g.best.sentence, list);
  }
  return out;
}

/** Kinds where the host country is a side ("Made in Belarus fair in Tbilisi": Belarus and Georgia). */
const HOSTED_KINDS = new Set(['exhibition', 'forum', 'visit', 'business_council', 'talks', 'commission_meeting']);

function sideName(p: Party, context: DocumentContext): string {
  const bloc = p.kind === 'organisation' ? blocOfBody(p, context) : null;
  return context.nameOf(bloc ?? p);
}

function toDraft(g: EventGroup, context: DocumentContext): FactDraft {
  const m = g.best;
  const sentence = context.sentences[m.sentence]!;
  let parties = [...new Set(g.parties.map((p) => sideName(p, context)))];
  const hasBloc = g.parties.some((p) => p.kind === 'bloc' || (p.kind === 'organisation' && p.parentId?.startsWith('bloc:')));
  if (!hasBloc && HOSTED_KINDS.has(g.kind) && parties.length < 2) {
    // The host's state, then the pair the text is about.
    const placeParty = sentence.parties.find((x) => x.start >= m.start && x.end <= m.end && context.nameOf(x.party) === g.place?.split(', ')[0]);
    const home = placeParty ? context.homeState(placeParty.party) : null;
    if (home && !parties.includes(context.nameOf(home))) parties.push(context.nameOf(home));
    if (parties.length < 2) {
      for (const p of relationParties(sentence, context)) {
        if (parties.length >= 2) break;
        if (p.kind === 'city') continue;
        const n = context.nameOf(p);
        if (!parties.includes(n)) parties.push(n);
      }
    }
  }
  parties = parties.slice(0, 6);
  return {
    type: 'event',
    kind: g.kind,
    name: m.name,
    place: g.place,
    date: g.date,
    parties,
    start: m.start,
    end: m.end,
    confidence: m.confidence,
  };
}
