// A valid offer input (offerInputSchema) for the validation tests to vary one field of.
export const validOffer = {
  name: 'Rygestopkursus',
  shortDescription: 'Kort',
  description: 'Lang',
  ownerUnitId: 'u1',
  contactName: 'Lise',
  contactPhone: '12345678',
  accessRoutes: ['SELF_REFERRAL'],
  needCategories: ['rygning'],
  targetGroups: ['Voksne'],
};
