import { errorMessages, signInMessages } from '@sundhed/shared';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { AppError, unauthenticated } from '../../graphql/errors';
import { audit } from '../../auth/audit';
import { isAdministrator, listLocalAccounts, setAccountDisabled } from './accounts';
import { servedOverHttps } from '../../http/securityHeaders';
import { demoAccounts } from './demoAccounts';
import { endAllSessions, endSession, SESSION_COOKIE, startSession, type SessionUser } from '../../auth/session';
import { checkCredentials } from './signIn';

async function signedIn(ctx: Context, userId: string, way: 'password' | 'demo'): Promise<SessionUser> {
  // Secure whenever the app is served over HTTPS (directly or via a trusted proxy) or SECURE_COOKIES=1.
  await startSession(ctx.db, ctx.res, userId, servedOverHttps(ctx.req, ctx.config.secureCookies));
  await audit(ctx.db, 'sign_in', { userId, detail: way });
  const user = await ctx.db.staffUser.findUniqueOrThrow({ where: { id: userId } });
  const signedInUser: SessionUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    municipalityId: user.municipalityId,
    clusterId: user.clusterId,
    orgUnitId: user.orgUnitId,
  };
  // The rest of this request acts as the account just signed in: the fields of its Viewer are read with its rights (ADR 015).
  ctx.user = signedInUser;
  return signedInUser;
}

export const authResolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: Context) => ctx.user,
    authConfig: (_: unknown, __: unknown, ctx: Context) => ({
      demoMode: ctx.config.demoMode,
      demoAccounts: ctx.config.demoMode ? [...demoAccounts] : [],
      providerSignIn: Boolean(ctx.config.oidc),
      samlSignIn: Boolean(ctx.config.saml),
    }),
    localAccounts: (_, __, ctx) => {
      if (!ctx.user) throw unauthenticated();
      return listLocalAccounts(ctx.db, ctx.user);
    },
  },
  Mutation: {
    signIn: async (_, args, ctx) =>
      signedIn(ctx, await checkCredentials(ctx.db, args.email, args.password, ctx.req.ip ?? ''), 'password'),
    signInDemo: async (_, args, ctx) => {
      const account = demoAccounts.find((a) => a.role === args.role);
      if (!ctx.config.demoMode || !account) throw new AppError('FORBIDDEN', errorMessages.demoOnly);
      const user = await ctx.db.staffUser.findUnique({ where: { email: account.email } });
      if (!user) throw new AppError('FORBIDDEN', errorMessages.demoOnly);
      if (user.disabledAt) throw new AppError('FORBIDDEN', signInMessages.accountDisabled);
      return signedIn(ctx, user.id, 'demo');
    },
    signOut: async (_: unknown, __: unknown, ctx: Context) => {
      await endSession(ctx.db, ctx.req, ctx.res);
      return true;
    },
    signOutEverywhere: async (_: unknown, __: unknown, ctx: Context) => {
      const user = ctx.user;
      if (!user) throw unauthenticated();
      const ended = await endAllSessions(ctx.db, user.id);
      await audit(ctx.db, 'sign_out_everywhere', { userId: user.id, actorId: user.id });
      ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
      return ended;
    },
    setAccountDisabled: async (_, args, ctx) => {
      if (!ctx.user) throw unauthenticated();
      return setAccountDisabled(ctx.db, ctx.user, args.email, args.disabled);
    },
  },
  Viewer: {
    municipality: (u: SessionUser, _: unknown, ctx: Context) =>
      u.municipalityId ? ctx.loaders.municipality.load(u.municipalityId) : null,
    cluster: (u: SessionUser, _: unknown, ctx: Context) => (u.clusterId ? ctx.loaders.cluster.load(u.clusterId) : null),
    orgUnit: (u: SessionUser, _: unknown, ctx: Context) => (u.orgUnitId ? ctx.loaders.orgUnit.load(u.orgUnitId) : null),
    isAdministrator: (u: SessionUser, _: unknown, ctx: Context) => isAdministrator(ctx.db, u.id),
  },
} satisfies Resolvers;
