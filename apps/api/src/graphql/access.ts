// Access is opt-out, on every object type and field (ADR 015). Every object type carries
// @auth(requires: [...]) or @public; a field may narrow its type's rule with its own directive; every
// Query and Mutation field states its own. A caller reads field F of type T only if F's rule and the
// rule of the object type F returns both allow the caller. wrapAccess checks that at the edge into a
// type, before the resolver runs, and only where the rules of the path so far do not already imply it:
// every value of type T was reached through a field whose check covered T's rule, so a field whose
// requirement is no stricter than T's own needs no check of its own (scalars on a type inherit its rule).
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isAbstractType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DirectiveNode,
  type GraphQLField,
  type GraphQLFieldConfig,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { forbidden, unauthenticated } from './errors';
import type { Context } from './context';

/** What a directive states: anyone, or signed-in accounts of these roles; `empty` answers refusals with []/null. */
export type Access = { kind: 'public' } | { kind: 'roles'; roles: string[]; empty?: boolean } | { kind: 'missing' };
/** An access rule: `null` is public (anyone, signed in or not), otherwise the roles that may read. */
export type Rule = ReadonlySet<string> | null;

function directivesOf(node: { directives?: readonly DirectiveNode[] } | null | undefined): readonly DirectiveNode[] {
  return node?.directives ?? [];
}

export function readAccess(directives: readonly DirectiveNode[] | undefined): Access {
  for (const d of directives ?? []) {
    if (d.name.value === 'public') return { kind: 'public' };
    if (d.name.value === 'auth') {
      const arg = d.arguments?.find((a) => a.name.value === 'requires');
      const roles =
        arg?.value.kind === Kind.LIST ? arg.value.values.flatMap((v) => (v.kind === Kind.ENUM ? [v.value] : [])) : [];
      const otherwise = d.arguments?.find((a) => a.name.value === 'otherwise');
      const empty = otherwise?.value.kind === Kind.ENUM && otherwise.value.value === 'EMPTY';
      return { kind: 'roles', roles, ...(empty ? { empty } : {}) };
    }
  }
  return { kind: 'missing' };
}

/** The access a type states, from its definition and any `extend type`. */
export function readTypeAccess(type: GraphQLObjectType): Access {
  const nodes = [type.astNode, ...type.extensionASTNodes];
  const stated = nodes.map((n) => readAccess(directivesOf(n))).filter((a) => a.kind !== 'missing');
  return stated[0] ?? { kind: 'missing' };
}

export function rootTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (t): t is GraphQLObjectType => Boolean(t),
  );
}

export const toRule = (a: Access): Rule => (a.kind === 'roles' ? new Set(a.roles) : null);

/** Whether every caller `inner` lets through is let through by `outer` too. */
export function implies(inner: Rule, outer: Rule): boolean {
  if (outer === null) return true;
  if (inner === null) return false;
  return [...inner].every((r) => outer.has(r));
}

export function intersect(a: Rule, b: Rule): Rule {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((r) => b.has(r)));
}

export function allows(rule: Rule, role: string | null): boolean {
  return rule === null || (role !== null && rule.has(role));
}

/** The decision for one field, made once when the schema is built. */
export interface FieldAccess {
  type: string;
  field: string;
  /** The rule of the type the field is on (null for the roots: anyone may send a request). */
  parent: Rule;
  /** The field's own rule, or its type's when it states none. */
  rule: Rule;
  /** What reading the field requires: its rule and the rule of the object type it returns. */
  requires: Rule;
  /** Whether a check runs before the resolver (false when the parent's rule already implies it). */
  guarded: boolean;
  /** A refused caller gets [] or null instead of an error (`otherwise: EMPTY`). */
  empty: boolean;
}

const plans = new WeakMap<GraphQLSchema, Map<string, FieldAccess>>();

/** The access decision for every field of every object type, as wrapAccess enforces it. */
export function accessPlan(schema: GraphQLSchema): Map<string, FieldAccess> {
  const plan = plans.get(schema);
  if (!plan) throw new Error('accessPlan: wrapAccess has not been applied to this schema.');
  return plan;
}

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && !isIntrospectionType(t),
  );
}

function describe(rule: Rule): string {
  return rule === null ? '@public' : `[${[...rule].join(', ')}]`;
}

/** Computes every field's decision and refuses a schema in which any type or field states no access. */
export function planAccess(schema: GraphQLSchema): Map<string, FieldAccess> {
  const problems: string[] = [];
  const roots = new Set(rootTypes(schema));
  for (const t of Object.values(schema.getTypeMap())) {
    // Interfaces and unions would let one field return types with different rules; none exist yet (ADR 015).
    if (isAbstractType(t) && !isIntrospectionType(t))
      problems.push(`${t.name}: interfaces and unions are not supported by the access rule.`);
  }
  const typeRules = new Map<string, Rule>();
  for (const type of objectTypes(schema)) {
    if (roots.has(type)) continue;
    const access = readTypeAccess(type);
    if (access.kind === 'missing') problems.push(`${type.name} states no access (@auth or @public on the type).`);
    else if (access.kind === 'roles' && access.empty)
      problems.push(`${type.name}: otherwise: EMPTY belongs on fields, not on types.`);
    typeRules.set(type.name, toRule(access));
  }
  const plan = new Map<string, FieldAccess>();
  for (const type of objectTypes(schema)) {
    const isRoot = roots.has(type);
    const parent = isRoot ? null : (typeRules.get(type.name) ?? null);
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      const own = readAccess(field.astNode?.directives);
      if (own.kind === 'missing' && isRoot) problems.push(`${name} states no access (@auth or @public).`);
      const fieldRule = own.kind === 'missing' ? parent : toRule(own);
      if (!isRoot && !implies(fieldRule, parent))
        problems.push(
          `${name} ${describe(fieldRule)} is wider than its type's ${describe(parent)}: a field may only narrow.`,
        );
      const returned = getNamedType(field.type);
      const requires = isObjectType(returned) ? intersect(fieldRule, typeRules.get(returned.name) ?? null) : fieldRule;
      if (requires !== null && requires.size === 0)
        problems.push(
          `${name}: no role may read it (${describe(fieldRule)} and ${returned.name}'s rule share no role).`,
        );
      const empty = own.kind === 'roles' && Boolean(own.empty);
      if (empty && isNonNullType(field.type) && !isListType(getNullableType(field.type)))
        problems.push(`${name}: otherwise: EMPTY needs a list or a nullable field.`);
      plan.set(name, {
        type: type.name,
        field: field.name,
        parent,
        rule: fieldRule,
        requires,
        guarded: !implies(parent, requires),
        empty,
      });
    }
  }
  if (problems.length) throw new Error(`Access rules incomplete or inconsistent:\n${problems.join('\n')}`);
  return plan;
}

function guard(field: GraphQLField<unknown, Context>, rule: ReadonlySet<string>, empty: boolean): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  const refusal = isListType(getNullableType(field.type)) ? [] : null;
  (field as unknown as GraphQLFieldConfig<unknown, Context>).resolve = (source, args, context, info) => {
    const role = context.user?.role ?? null;
    if (role === null || !rule.has(role)) {
      if (empty) return refusal;
      throw role === null ? unauthenticated() : forbidden();
    }
    return resolve(source, args, context, info);
  };
}

/** Guards the schema's resolvers by the access plan; throws (the server does not start) if any rule is missing. */
export function wrapAccess(schema: GraphQLSchema): GraphQLSchema {
  const plan = planAccess(schema);
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const decision = plan.get(`${type.name}.${field.name}`);
      if (decision?.guarded && decision.requires !== null)
        guard(field as GraphQLField<unknown, Context>, decision.requires, decision.empty);
    }
  }
  plans.set(schema, plan);
  return schema;
}
