/**
 * Capitals standing for their states. "Minsk and Astana agreed..." is about Belarus and
 * Kazakhstan; a lone "Minsk" stays the city. The gazetteer has no capital flag, so the
 * capitals are named here by state (English names and the older ones still in print).
 */
import type { Party } from '../../domain/party.ts';
import { foldText } from '../../gazetteer/normalize-name.ts';
import { homeStateOf } from '../../gazetteer/resolver.ts';

const CAPITALS: Record<string, string[]> = {
  BY: ['Minsk'],
  RU: ['Moscow'],
  KZ: ['Astana', 'Nur-Sultan', 'Akmola', 'Tselinograd'],
  UZ: ['Tashkent'],
  KG: ['Bishkek', 'Frunze'],
  TJ: ['Dushanbe'],
  TM: ['Ashgabat', 'Ashkhabad'],
  AM: ['Yerevan'],
  AZ: ['Baku'],
  GE: ['Tbilisi'],
  MD: ['Chisinau', 'Kishinev'],
  UA: ['Kyiv', 'Kiev'],
  LT: ['Vilnius'],
  LV: ['Riga'],
  EE: ['Tallinn'],
  PL: ['Warsaw'],
  DE: ['Berlin'],
  FR: ['Paris'],
  GB: ['London'],
  US: ['Washington'],
  CN: ['Beijing', 'Peking'],
  VN: ['Hanoi'],
  IN: ['New Delhi', 'Delhi'],
  IR: ['Tehran'],
  TR: ['Ankara'],
  MN: ['Ulaanbaatar', 'Ulan Bator'],
  JP: ['Tokyo'],
  CU: ['Havana'],
  RS: ['Belgrade'],
  AE: ['Abu Dhabi'],
  EG: ['Cairo'],
};

const CAPITAL_NAMES = new Map<string, string>(
  Object.entries(CAPITALS).flatMap(([state, names]) => names.map((n) => [foldText(n), state] as [string, string])),
);

// Answers per gazetteer (byId) and city: weak, so they go with the gazetteer they describe.
const answers = new WeakMap<ReadonlyMap<string, Party>, WeakMap<Party, Party | null>>();

/** The state a city is the capital of, or null. */
export function capitalOf(city: Party, byId: ReadonlyMap<string, Party>): Party | null {
  if (city.kind !== 'city') return null;
  let known = answers.get(byId);
  if (!known) answers.set(byId, (known = new WeakMap()));
  let answer = known.get(city);
  if (answer === undefined) known.set(city, (answer = capitalOfUncached(city, byId)));
  return answer;
}

function capitalOfUncached(city: Party, byId: ReadonlyMap<string, Party>): Party | null {
  const home = homeStateOf(city, byId);
  if (!home) return null;
  const names = [city.name, ...city.aliases].map(foldText);
  return names.some((n) => CAPITAL_NAMES.get(n) === home.id) ? home : null;
}
