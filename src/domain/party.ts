import { z } from 'zod';

/** What kind of actor a party is; DESIGN.md "Party". */
export const PARTY_KINDS = [
  'state',
  'bloc',
  'organisation',
  'region',
  'city',
  'district',
  'enterprise',
  'institution',
] as const;
export const PartyKind = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof PartyKind>;

/**
 * A party as the gazetteer defines it and the store keeps it.
 * `id` is stable across loads: ISO 3166-1 alpha-2 for states ("BY"), ISO 3166-2 for
 * regions that have one ("BY-HO"), and a readable slug otherwise ("city:BY:minsk",
 * "org:mtz", "bloc:eaeu").
 */
export const Party = z.object({
  id: z.string().min(1),
  kind: PartyKind,
  /** Canonical English name as facts use it: "Belarus", "Gomel Region", "Stavropol Territory". */
  name: z.string().min(1),
  /** Canonical Russian name: "Беларусь", "Гомельская область". */
  nameRu: z.string().min(1),
  /** ISO 3166-1 alpha-2 or ISO 3166-2 code where one exists. */
  code: z.string().nullable().default(null),
  /** Id of the enclosing party (region -> state, city -> region or state, enterprise -> state). */
  parentId: z.string().nullable().default(null),
  /** The kind word as used in names: Region, Oblast, Territory, Republic, City... */
  subtype: z.string().nullable().default(null),
  /** Other names people write, English and Russian: abbreviations, transliterations, old names. */
  aliases: z.array(z.string()).default([]),
  /** Where the entry's facts come from (a standard, a registry, an official site). */
  source: z.string().nullable().default(null),
});
export type Party = z.infer<typeof Party>;
export type PartyInput = z.input<typeof Party>;
