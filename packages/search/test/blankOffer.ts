// An active offer with every field empty, for the small catalogues of the ranking and matching tests.
import type { SearchableOffer } from '../src';

export const blankOffer: SearchableOffer = {
  id: '',
  name: '',
  shortDescription: '',
  description: '',
  eligibility: null,
  status: 'ACTIVE',
  needCategories: [],
  targetGroups: [],
  minAge: null,
  maxAge: null,
  costKr: 0,
  languages: ['da'],
  formats: [],
};
