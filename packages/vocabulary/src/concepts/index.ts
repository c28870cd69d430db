// Every concept group of the national vocabulary, by domain file.
import type { VocabularyConcept } from '../types';
import { afhaengighed } from './afhaengighed';
import { aeldre } from './aeldre';
import { arbejde } from './arbejde';
import { bolig } from './bolig';
import { familie } from './familie';
import { hverdag } from './hverdag';
import { krop } from './krop';
import { levevaner } from './levevaner';
import { livssituation } from './livssituation';
import { oekonomi } from './oekonomi';
import { psyke } from './psyke';
import { sprog } from './sprog';
import { tilstand } from './tilstand';
import { tilstand2 } from './tilstand2';
import { tvaergaaende } from './tvaergaaende';
import { ydelser } from './ydelser';

export const CONCEPTS: readonly VocabularyConcept[] = [
  ...levevaner,
  ...afhaengighed,
  ...tilstand,
  ...tilstand2,
  ...krop,
  ...psyke,
  ...familie,
  ...aeldre,
  ...hverdag,
  ...livssituation,
  ...arbejde,
  ...oekonomi,
  ...bolig,
  ...sprog,
  ...tvaergaaende,
  ...ydelser,
];
