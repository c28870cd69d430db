// Caches the result of read operations per account, valid while the data it was read from is
// unchanged: each query depends on the kinds of data its fields read (operationKinds.ts) in the
// account's municipality, and triggers bump a version per (municipality, kind) on every write
// (migration 20261203110000_scoped_data_version). A write through any instance, or straight into the
// database, invalidates what it touched on every instance and nothing else; a miss simply executes.
// ADR 005, ADR 019.
import type { ApolloServerPlugin } from '@apollo/server';
import { today } from '@sundhed/shared/clock';
import { OperationTypeNode, type FormattedExecutionResult } from 'graphql';
import { selectsUncachedField } from './selectsUncachedField';
import { operationKinds } from './operationKinds';
import type { Db } from '../db/prisma';
import { scopeVersions, totalVersion, type DataKind } from '../db/scopeVersion';
import type { Context } from './context';

const MAX_ENTRIES = 2000;
const MAX_OPERATIONS = 500;

interface Entry {
  version: bigint;
  result: FormattedExecutionResult;
}

/**
 * Whose answers a cached result may serve. A query that reads no account data ('staff': `me`) answers
 * the same for every account of one role, municipality and cluster (access and tenancy depend on those
 * only), so staff of one municipality share it; otherwise it is the account's own.
 */
function audience(user: NonNullable<Context['user']>, kinds: readonly DataKind[]): unknown[] {
  return kinds.includes('staff')
    ? ['account', user.id, user.role]
    : ['role', user.role, user.municipalityId, user.clusterId];
}

export function responseCachePlugin(db: Db): ApolloServerPlugin<Context> {
  const cache = new Map<string, Entry>();
  // Misses being executed, per key and version: identical requests arriving meanwhile wait for the
  // first one's result instead of executing it again (after a write, every client asks at once).
  const executing = new Map<string, { version: bigint; done: Promise<FormattedExecutionResult | null> }>();
  // Kinds per query text and operation name (the schema does not change while the server runs).
  const kindsOf = new Map<string, readonly DataKind[] | null>();
  const versions = scopeVersions(db);
  return {
    async requestDidStart() {
      let key: string | undefined;
      let version: bigint | undefined;
      let finish: ((result: FormattedExecutionResult | null) => void) | undefined;
      let mine: Promise<FormattedExecutionResult | null> | undefined;
      return {
        async responseForOperation(rc) {
          const user = rc.contextValue.user;
          if (rc.operation.operation !== OperationTypeNode.QUERY || !user) return null;
          // Fields marked @uncached take citizen data as arguments: neither the key nor the result may be kept.
          if (selectsUncachedField(rc.schema, rc.document, rc.operation)) return null;
          const operationKey = `${rc.operationName ?? ''}\n${rc.source}`;
          let kinds = kindsOf.get(operationKey);
          if (kinds === undefined) {
            kinds = operationKinds(rc.schema, rc.document, rc.operation);
            kindsOf.set(operationKey, kinds);
            if (kindsOf.size > MAX_OPERATIONS) kindsOf.delete(kindsOf.keys().next().value as string);
          }
          if (!kinds) return null;
          try {
            const byKind = await versions.byKind({ kinds, municipalityId: user.municipalityId });
            version = totalVersion(byKind);
            // The loaders may take rows read at these same versions by earlier requests (ADR 020).
            rc.contextValue.dataVersions.read = { municipalityId: user.municipalityId, byKind };
          } catch {
            // The database is down or frozen: execute as a miss, so that the resolvers' own error (mapped
            // to SERVICE_UNAVAILABLE or TIMEOUT once, in errors.ts) answers instead of a plugin failure.
            return null;
          }
          key = JSON.stringify([
            // The shared clock's day: what is late or missing changes at midnight without any write (ADR 027).
            today(),
            ...audience(user, kinds),
            rc.source,
            rc.operationName ?? null,
            rc.request.variables ?? {},
          ]);
          const hit = cache.get(key);
          if (hit && hit.version === version) {
            cache.delete(key); // keep the most recently used last
            cache.set(key, hit);
            return { http: rc.response.http, body: { kind: 'single', singleResult: hit.result } };
          }
          const running = executing.get(key);
          if (running && running.version === version) {
            const result = await running.done;
            if (result) return { http: rc.response.http, body: { kind: 'single', singleResult: result } };
            return null;
          }
          mine = new Promise<FormattedExecutionResult | null>((resolve) => (finish = resolve));
          executing.set(key, { version, done: mine });
          return null;
        },
        async willSendResponse(rc) {
          if (!key || version === undefined) return;
          const result =
            rc.response.body.kind === 'single' ? (rc.response.body.singleResult as FormattedExecutionResult) : null;
          const ok = result && !result.errors?.length ? result : null;
          if (finish) {
            if (executing.get(key)?.done === mine) executing.delete(key);
            finish(ok);
          }
          // A search that found nothing is counted (ADR 041): the next one must reach the resolver again.
          if (!ok || rc.contextValue.dataVersions.doNotKeep) return;
          cache.set(key, { version, result: ok });
          if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
        },
      };
    },
  };
}
