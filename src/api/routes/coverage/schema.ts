import { z } from 'zod';
import { partyIdParam } from '../../params.ts';
import { PartyRef } from '../../schemas.ts';
import { asOfParam } from '../../params.ts';

export const CoverageQuery = z.object({
  party: partyIdParam.optional().describe('only what concerns this party: its state, pairs with a side within it, its records'),
  asOf: asOfParam,
});

const Counts = {
  documents: z.number().int(),
  events: z.number().int(),
  projects: z.number().int(),
  figures: z.number().int().describe('trade figures, targets and counts'),
};

const Pair = z
  .object({
    party_ids: z.tuple([z.string(), z.string()]),
    parties: z.tuple([z.string(), z.string()]),
    level: z.enum(['state', 'party']).describe('state: the two states (or blocs) as a whole; party: the parties as named'),
    ...Counts,
    last_activity: z.string().nullable(),
    dormant: z.boolean().describe('no activity for 24 months'),
  })
  .meta({ id: 'CoveragePair' });

export const CoverageResponse = z
  .object({
    as_of: z.string(),
    party: z.object({ id: z.string(), name: z.string() }).nullable(),
    rules: z.object({ dormant: z.string(), under_covered: z.string() }).describe('the rules, stated'),
    states: z.array(z.object({
      id: z.string(),
      name: z.string(),
      ...Counts,
      regions: z.object({
        with_documents: z.number().int().describe('regions with at least one document'),
        total: z.number().int().describe('all first-level regions of the state the gazetteer knows'),
        names: z.array(z.string()),
      }),
      last_activity: z.string().nullable(),
    })),
    pairs: z.array(Pair),
    dormant_ties: z.array(Pair),
    under_covered: z.array(z.object({
      id: z.number().int().describe('the record'),
      type: z.string(),
      title: z.string(),
      parties: z.array(z.string()),
      sources: z.number().int().describe('independent sources that reported it'),
      last_reported: z.string().nullable(),
      date: z.string().nullable(),
    })).describe('records active or reported in the last 12 months with one source or none'),
    parties: z.array(PartyRef).describe('the states, pair sides and covered regions named, with their names in English and Russian'),
  })
  .meta({ id: 'Coverage' });
