// Regions and municipalities. The social groups are the table "Kommunesocialgrupper i Region
// Hovedstadens sundhedsprofil 2013" in seed 001: 29 municipalities and 10 Copenhagen districts.
// Codes are the official kommunekoder (Danmarks Adresser / DAWA); districts have none. Seed data
// refers to a municipality by its short key ("Ishøj"); users see the official name ("Ishøj Kommune").
// Seed 004 speaks of "de 22 kommuner" in Region Syddanmark but names none, so none are seeded.
import type { MunicipalitySeed, RegionSeed } from './types';

export const regions: RegionSeed[] = [
  {
    key: 'hovedstaden',
    code: '1084',
    name: 'Region Hovedstaden',
    source: 'strategi.socialgrupper',
    // Overgangsloven § 126 (lov nr. 699 af 20.6.2025): Region Østdanmark takes over on 1.1.2027.
    validTo: '2026-12-31',
    successor: 'oestdanmark',
  },
  {
    key: 'oestdanmark',
    // The official region code (regionskode) of the new region is not confirmed by a source: a key of our own.
    code: 'oestdanmark',
    name: 'Region Østdanmark',
    source: 'reform.regionOestdanmark',
    validFrom: '2027-01-01',
  },
  { key: 'syddanmark', code: '1083', name: 'Region Syddanmark', source: 'syd.organisering' },
];

type Group = 1 | 2 | 3 | 4;

/** Official names that are not "<name> Kommune". */
const officialNames: Record<string, string> = {
  København: 'Københavns Kommune',
  Bornholm: 'Bornholms Regionskommune',
};

function municipality(key: string, code: string, socialGroup: Group): MunicipalitySeed {
  const name = officialNames[key] ?? `${key} Kommune`;
  return {
    key,
    name,
    code,
    kind: 'MUNICIPALITY',
    region: 'hovedstaden',
    socialGroup,
    source: 'strategi.socialgrupper',
  };
}

/** A Copenhagen district (bydel); the table abbreviates "Kbh". */
function district(name: string, socialGroup: Group): MunicipalitySeed {
  return {
    key: `Kbh ${name}`,
    name: `${name} (København)`,
    code: null,
    kind: 'DISTRICT',
    region: 'hovedstaden',
    parent: 'København',
    socialGroup,
    source: 'strategi.socialgrupper',
  };
}

export const municipalities: MunicipalitySeed[] = [
  // Kommunesocialgruppe 1 (socialt bedst stillet)
  municipality('Allerød', '201', 1),
  municipality('Dragør', '155', 1),
  municipality('Egedal', '240', 1),
  municipality('Fredensborg', '210', 1),
  municipality('Furesø', '190', 1),
  municipality('Gentofte', '157', 1),
  municipality('Hørsholm', '223', 1),
  municipality('Lyngby-Taarbæk', '173', 1),
  municipality('Rudersdal', '230', 1),
  // Kommunesocialgruppe 2
  municipality('Frederiksberg', '147', 2),
  municipality('Frederikssund', '250', 2),
  municipality('Gladsaxe', '159', 2),
  municipality('Gribskov', '270', 2),
  municipality('Helsingør', '217', 2),
  municipality('Hillerød', '219', 2),
  district('Indre By', 2),
  district('Vanløse', 2),
  district('Østerbro', 2),
  municipality('Vallensbæk', '187', 2),
  // Kommunesocialgruppe 3. The table lists København itself here, next to its districts.
  municipality('Ballerup', '151', 3),
  municipality('Glostrup', '161', 3),
  municipality('Halsnæs', '260', 3),
  municipality('Herlev', '163', 3),
  municipality('Hvidovre', '167', 3),
  district('Amager Vest', 3),
  district('Amager Øst', 3),
  municipality('København', '101', 3),
  municipality('Rødovre', '175', 3),
  municipality('Tårnby', '185', 3),
  // Kommunesocialgruppe 4 (socialt dårligst stillet)
  municipality('Albertslund', '165', 4),
  municipality('Bornholm', '400', 4),
  municipality('Brøndby', '153', 4),
  municipality('Høje-Taastrup', '169', 4),
  municipality('Ishøj', '183', 4),
  district('Bispebjerg', 4),
  district('Brønshøj-Husum', 4),
  district('Nørrebro', 4),
  district('Valby', 4),
  district('Vesterbro/Kongens Enghave', 4),
];

/** The tenant of the demo: Ishøj Kommune. */
export const homeMunicipality = { key: 'Ishøj', name: 'Ishøj Kommune', code: '183' } as const;
