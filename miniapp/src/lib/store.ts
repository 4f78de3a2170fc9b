/**
 * One value that changes over time and tells who listens. Shared state (the passport, the offline
 * queue, preferences) lives in one of these in src/services; components read it through
 * `useStore` (services/use-store.ts), so every page shows the same value and re-renders on change.
 */
export class Store<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();

  constructor(initial: T) {
    this.value = initial;
  }

  /** The current value; the same object until the next `set`, as useSyncExternalStore needs. */
  readonly get = (): T => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Someone is showing the value, so it is worth keeping fresh. */
  get observed(): boolean {
    return this.listeners.size > 0;
  }

  set(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // One broken listener (an unmounted page) must not stop the others.
      }
    }
  }
}
