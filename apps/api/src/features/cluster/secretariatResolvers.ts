import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { handOverSecretariat } from './secretariatHandOver';

/** The secretariat's hand-over to the successor body (ADR 038). */
export const secretariatResolvers = {
  Mutation: {
    handOverSecretariat: (_: unknown, a, ctx: Context) => handOverSecretariat(ctx, a.clusterId, a.input),
  },
} satisfies Resolvers;
