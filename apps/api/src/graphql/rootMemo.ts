// One answer per root query field and arguments within a request. Thirty aliases of the same read
// (`a: attentionItems b: attentionItems …`) would otherwise run its SQL thirty times at once and hold
// the pool's connections while another staff member's plain query waits for one (ADR 048). Reads only:
// a mutation runs as often as it is asked for.
import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import type { Context } from './context';

/** A stable key for arguments: object keys sorted, so `{a, b}` and `{b, a}` share an answer. */
export function argumentKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Wraps every Query root field's resolver; call it before the access wrapper so access runs per alias. */
export function wrapRootMemo(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  for (const field of Object.values(query.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    (field as unknown as GraphQLFieldConfig<unknown, Context>).resolve = (source, args, context, info) => {
      const answers = context?.rootAnswers;
      if (!answers) return resolve(source, args, context, info);
      const key = `${field.name}(${argumentKey(args)})`;
      if (!answers.has(key)) answers.set(key, resolve(source, args, context, info));
      return answers.get(key);
    };
  }
  return schema;
}
