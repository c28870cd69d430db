// Default search synonyms: everyday Danish words for the same need, grouped.
/**
 * The starting set of search synonyms (issue 4), owned by the search feature: used by the search engine
 * for a municipality that has not saved its own, and seeded for the demo municipality. The staff unit
 * edits them in the app.
 */
export const defaultSynonymGroups: readonly (readonly string[])[] = [
  [
    'rygning',
    'tobak',
    'smøger',
    'rygestop',
    'cigaretter',
    'nikotin',
    'tobaksafvænning',
    'stop med at ryge',
    'holde op med at ryge',
    'kvit smøgerne',
  ],
  ['vægt', 'overvægt', 'vægttab', 'fedme', 'slankekur', 'tabe sig', 'tabe mig', 'sund vægt'],
  ['mad', 'kost', 'madlavning', 'ernæring', 'køkken', 'kostvejledning', 'lave mad', 'spise sundt'],
  ['motion', 'træning', 'bevægelse', 'fysisk aktivitet', 'sport', 'røre sig'],
  ['alkohol', 'druk', 'drikker', 'øl', 'vin'],
  ['stress', 'trivsel', 'mental sundhed', 'mistrivsel', 'angst'],
  ['børn', 'barn', 'børnefamilier', 'familie'],
  ['ældre', 'senior', 'seniorer', 'pensionist', 'pensionister'],
  ['hjemløs', 'hjemløse', 'herberg', 'forsorgshjem', 'boform'],
  ['lægetjek', 'helbredstjek', 'sundhedstjek', 'sundhedspakke', 'sundhedspakker'],
  ['svømning', 'svømme', 'bassin', 'varmtvandsbassin'],
  ['patientuddannelse', 'kronisk sygdom', 'leve med sygdom', 'kronikere'],
  ['rehabilitering', 'genoptræning'],
  ['nyttehave', 'kolonihave', 'køkkenhave', 'havearbejde', 'grøntsager'],
  ['far', 'fædre', 'fars', 'mænd'],
  ['diabetes', 'sukkersyge'],
  ['kol', 'lungesygdom', 'åndenød'],
  ['søvn', 'sove', 'sover', 'søvnløshed', 'søvnproblemer'],
  ['angst', 'angstbehandling', 'bekymring', 'bekymringer', 'nervøs'],
];
