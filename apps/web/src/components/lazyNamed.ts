import { lazy, type ComponentType } from 'react';

/** React.lazy for a module's named export, so route modules keep named exports. */
export function lazyNamed<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
