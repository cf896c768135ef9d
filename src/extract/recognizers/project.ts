import type { FactDraft, Recognizer } from '../sentence.ts';
import { findProjectMentions } from './project-mentions.ts';

/**
 * Project facts (DESIGN.md fact format, type "project"): joint ventures, assembly plants,
 * supplies, dealerships, trading houses, production, construction, education, research and
 * other joint undertakings, each with its actors, the partner side, the subject, and a
 * quantity, value and date where the sentence gives them.
 */
export const recognizeProject: Recognizer = (sentence, context): FactDraft[] =>
  findProjectMentions(sentence, context).map((m) => ({
    type: 'project',
    kind: m.kind,
    actors: m.actors,
    partner: m.partner,
    subject: m.subject,
    quantity: m.quantity,
    value: m.value,
    currency: m.currency,
    date: m.date,
    parties: [],
    start: m.start,
    end: m.end,
    confidence: m.confidence,
  }));
