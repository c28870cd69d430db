// What the engine reads of an offer: the server passes its Prisma rows, the browser its offline copy
// (ADR 044). Only plain data: the package runs in Node and in the browser alike.

export type OfferStatus = 'ACTIVE' | 'TEMPORARILY_CLOSED' | 'INACTIVE' | 'ENDED';

export interface SearchableOffer {
  id: string;
  /** Unknown in the browser's offline copy, which holds one municipality's offers only. */
  municipalityId?: string;
  ownerUnitId?: string;
  name: string;
  shortDescription: string;
  description: string;
  /** Who can join, in words (part of the full text, weight C). */
  eligibility: string | null;
  status: OfferStatus;
  /** Need-category codes (KRAMS, FSIII). */
  needCategories: string[];
  targetGroups: string[];
  /** Words citizens use for the offer, folded a-z (ADR 054); read with the target groups. */
  keywords?: readonly string[];
  minAge: number | null;
  maxAge: number | null;
  costKr: number | null;
  languages: string[];
  formats: string[];
  /** Unknown in the offline copy (the HSDS feed's modified_after filter only). */
  updatedAt?: Date;
}
