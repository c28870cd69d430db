// Access is opt-out: every Query and Mutation field carries @auth(requires: [...]) or @public.
// wrapAccess reads those directives from the SDL and guards each root resolver before it runs.
import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema, type DirectiveNode, type GraphQLObjectType } from 'graphql';
import { forbidden, unauthenticated } from './errors';
import type { Context } from './context';

export type Access = { kind: 'public' } | { kind: 'roles'; roles: string[] } | { kind: 'missing' };

export function readAccess(directives: readonly DirectiveNode[] | undefined): Access {
  for (const d of directives ?? []) {
    if (d.name.value === 'public') return { kind: 'public' };
    if (d.name.value === 'auth') {
      const arg = d.arguments?.find((a) => a.name.value === 'requires');
      const roles = arg?.value.kind === 'ListValue' ? arg.value.values.flatMap((v) => (v.kind === 'EnumValue' ? [v.value] : [])) : [];
      return { kind: 'roles', roles };
    }
  }
  return { kind: 'missing' };
}

export function rootTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => Boolean(t));
}

export function wrapAccess(schema: GraphQLSchema): GraphQLSchema {
  for (const type of rootTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const access = readAccess(field.astNode?.directives);
      if (access.kind === 'missing') throw new Error(`${type.name}.${field.name} states no access (@auth or @public).`);
      if (access.kind === 'public') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      (field as unknown as GraphQLFieldConfig<unknown, Context>).resolve = (source, args, context, info) => {
        if (!context.user) throw unauthenticated();
        if (!access.roles.includes(context.user.role)) throw forbidden();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
