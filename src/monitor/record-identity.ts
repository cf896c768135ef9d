import type { Fact } from '../domain/fact.ts';
import type { RecordType } from '../domain/record.ts';

/** What a fact is about, as a record: its type, its identity key, a title and the fields it asserts. */
export interface RecordIdentity {
  type: RecordType;
  key: string;
  title: string;
  fields: Record<string, unknown>;
}

const STOP_WORDS = new Set([
  'the', 'of', 'on', 'and', 'in', 'for', 'to', 'a', 'an', 'between', 'with', 'at', 'by', 'its', 'their',
  'draft', 'new', 'version', 'и', 'в', 'на', 'по', 'о', 'об', 'с', 'со', 'между', 'для', 'до', 'проект',
]);

/** Words of a title or subject as an order-free identity: "the Roadmap for 2021-2023" ~ "roadmap 2021 2023". */
export function wordKey(text: string | null | undefined): string {
  const words = (text ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    // A crude stem keeps "agreement"/"agreements" and "соглашение"/"соглашения" together.
    .map((w) => (w.length > 5 ? w.slice(0, w.length - Math.min(2, w.length - 5)) : w));
  return [...new Set(words)].sort().join(' ');
}

const partyKey = (fact: Fact) => [...new Set(fact.party_ids?.length ? fact.party_ids : fact.parties)].sort().join('+');
const yearMonth = (date: string | null | undefined) => (date ? date.slice(0, 7) : '');

/**
 * The record a fact supports. Two facts with the same identity, from any sources, are one
 * record: the same observation (indicator x parties x period x scope x flow), target, count,
 * document, event or project.
 */
export function recordIdentityOf(fact: Fact): RecordIdentity {
  const parties = partyKey(fact);
  switch (fact.type) {
    case 'trade':
      return {
        type: 'observation',
        key: ['trade', fact.indicator ?? 'other', parties, fact.flow ?? '', fact.period ?? '', wordKey(fact.scope)].join('|'),
        title: `${fact.indicator ?? 'trade'} ${fact.parties.join('-')}${fact.period ? ` ${fact.period}` : ''}${fact.scope ? ` (${fact.scope})` : ''}`,
        fields: {
          parties: fact.parties, indicator: fact.indicator, flow: fact.flow, period: fact.period,
          value: fact.value, currency: fact.currency, change_pct: fact.change_pct, scope: fact.scope ?? null,
        },
      };
    case 'target':
      return {
        type: 'target',
        key: ['target', fact.indicator ?? 'other', parties, fact.by ?? '', fact.value ?? `x${fact.relative ?? ''}`, wordKey(fact.scope)].join('|'),
        title: `${fact.indicator ?? 'target'} ${fact.parties.join('-')}${fact.by ? ` by ${fact.by}` : ''}`,
        fields: {
          parties: fact.parties, indicator: fact.indicator, value: fact.value, currency: fact.currency, by: fact.by,
          scope: fact.scope ?? null, relative: fact.relative ?? null,
        },
      };
    case 'count':
      return {
        type: 'count',
        // Subjects are paraphrased too freely to tell "60 agreements at the forum" from "48 agreements
        // a year later" by words alone, so a count's value is part of what it is.
        key: ['count', parties, wordKey(fact.subject), fact.value ?? '', yearMonth(fact.date).slice(0, 4)].join('|'),
        title: `${fact.value ?? '?'} ${fact.subject ?? ''}`.trim(),
        fields: { parties: fact.parties, subject: fact.subject, value: fact.value, qualifier: fact.qualifier, date: fact.date },
      };
    case 'document':
      return {
        type: 'document',
        key: ['document', fact.kind ?? 'other', wordKey(fact.title), fact.title && /[A-ZА-Я]/.test(fact.title.slice(0, 1)) ? '' : parties].join('|'),
        title: fact.title ?? `${fact.kind ?? 'document'} ${fact.parties.join('-')}`,
        fields: {
          parties: fact.parties, title: fact.title, kind: fact.kind, date: fact.date,
          valid_from: fact.valid_from ?? null, valid_to: fact.valid_to ?? null,
        },
      };
    case 'event':
      return {
        type: 'event',
        // An event is its kind, sides and month; without a date its name has to tell it apart.
        key: ['event', fact.kind ?? 'other', parties, fact.date ? yearMonth(fact.date) : wordKey(fact.name)].join('|'),
        title: fact.name ?? `${fact.kind ?? 'event'} ${fact.parties.join('-')}`,
        fields: { parties: fact.parties, kind: fact.kind, name: fact.name, place: fact.place, date: fact.date },
      };
    case 'project':
      return {
        type: 'project',
        key: ['project', fact.kind ?? 'other', [...fact.actors].sort().join('+'), fact.partner ?? '', wordKey(fact.subject)].join('|'),
        title: `${fact.actors.join(', ') || 'project'}${fact.partner ? ` / ${fact.partner}` : ''}${fact.subject ? `: ${fact.subject}` : ''}`,
        fields: {
          parties: fact.parties, kind: fact.kind, actors: fact.actors, partner: fact.partner, subject: fact.subject,
          quantity: fact.quantity, value: fact.value, currency: fact.currency, date: fact.date,
        },
      };
  }
}

/** The numeric field whose disagreement between sources is a conflict, per record type. */
export const CONFLICT_FIELD: Partial<Record<RecordType, string>> = {
  observation: 'value',
  target: 'value',
};

/** Two values disagree when they differ by more than 2% of the larger. */
export function valuesDisagree(a: number, b: number, tolerance = 0.02): boolean {
  if (a === b) return false;
  return Math.abs(a - b) > tolerance * Math.max(Math.abs(a), Math.abs(b));
}
