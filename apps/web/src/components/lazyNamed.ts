import { createElement, lazy, useState, type ComponentType, type ReactElement } from 'react';

/** A route component loaded on first use, which can also be loaded ahead (`preload`). */
export interface LazyRoute<P extends object> {
  (props: P): ReactElement;
  /** Starts loading the module (once); resolves when the component is ready. */
  preload(): Promise<void>;
}

/**
 * React.lazy for a module's named export, so route modules keep named exports. When the module is
 * already loaded (preloaded with the first request, or visited before) the page renders at once,
 * without suspending: a suspended route shows its fallback, and React then holds the content back for
 * up to 300 ms (its fallback throttle), which delayed the first page's own queries (bench
 * portfolio-navigation.ts).
 */
export function lazyNamed<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyRoute<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (pending ??= load().then((module) => {
      loaded = module[name];
      return loaded;
    }));
  const Lazy = lazy(async () => ({ default: await start() }));
  function LazyRouteComponent(props: P): ReactElement {
    // Chosen once per mount, so a mounted page never swaps its component type (and loses its state).
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return Object.assign(LazyRouteComponent, { preload: () => start().then(() => undefined) });
}
