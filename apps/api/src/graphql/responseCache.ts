// Caches the result of read operations per account, valid while the database's data version is
// unchanged. Triggers bump the version on every write to a data table (migration
// 20261122080000_data_version), so a write through any instance, or straight into the database,
// invalidates every instance's cache; a cache miss simply executes. ADR 005.
import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { selectsUncachedField } from './selectsUncachedField';
import type { Db } from '../db/prisma';
import type { Context } from './context';

const MAX_ENTRIES = 2000;

interface Entry {
  version: bigint;
  result: FormattedExecutionResult;
}

export async function dataVersion(db: Db): Promise<bigint> {
  const row = await db.dataVersion.findUnique({ where: { id: 1 } });
  return row?.version ?? -1n;
}

export function responseCachePlugin(db: Db): ApolloServerPlugin<Context> {
  const cache = new Map<string, Entry>();
  return {
    async requestDidStart() {
      let key: string | undefined;
      let version: bigint | undefined;
      return {
        async responseForOperation(rc) {
          const user = rc.contextValue.user;
          if (rc.operation.operation !== 'query' || !user) return null;
          // Fields marked @uncached take citizen data as arguments: neither the key nor the result may be kept.
          if (selectsUncachedField(rc.schema, rc.document, rc.operation)) return null;
          key = JSON.stringify([user.id, user.role, rc.source, rc.operationName ?? null, rc.request.variables ?? {}]);
          version = await dataVersion(db);
          const hit = cache.get(key);
          if (!hit || hit.version !== version) return null;
          cache.delete(key); // keep the most recently used last
          cache.set(key, hit);
          return { http: rc.response.http, body: { kind: 'single', singleResult: hit.result } };
        },
        async willSendResponse(rc) {
          if (!key || version === undefined || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (result.errors?.length) return;
          cache.set(key, { version, result: result as FormattedExecutionResult });
          if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
        },
      };
    },
  };
}
