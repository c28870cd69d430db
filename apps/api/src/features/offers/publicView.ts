// The resolver-level guard for professional-only fields. An offer fetched for the public page is
// marked as a public view; its professional fields, history, links and assurer resolve to null or []
// whoever asks, and so do they for any anonymous caller. The HSDS API reads the database itself and
// must leave these fields out on its own.
import type { Offer } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';

const publicViews = new WeakSet<object>();

export function asPublicView(offer: Offer | null): Offer | null {
  if (!offer) return null;
  const view = { ...offer, professionalPhone: null, intakeNotes: null, tellCitizen: null };
  publicViews.add(view);
  return view;
}

export const isPublicView = (o: object) => publicViews.has(o);

/** Resolver of a professional-only field: null for public views and anonymous callers. */
export function professionalOnly(field: 'professionalPhone' | 'intakeNotes' | 'tellCitizen') {
  return (o: Offer, _args: unknown, ctx: Context) => (isPublicView(o) || !ctx.user ? null : o[field]);
}
