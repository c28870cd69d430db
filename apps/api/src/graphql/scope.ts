// Tenancy: municipal records are read and written only within the signed-in account's municipality.
import type { Context } from './context';
import { forbidden, unauthenticated } from './errors';

export function municipalityOf(ctx: Context): string {
  if (!ctx.user) throw unauthenticated();
  if (!ctx.user.municipalityId) throw forbidden();
  return ctx.user.municipalityId;
}

/** Resolver for the `source` field every sourced type has. */
export const sourceField = {
  source: (parent: { sourceId: string | null }, _args: unknown, ctx: Context) =>
    parent.sourceId ? ctx.loaders.source.load(parent.sourceId) : null,
};
