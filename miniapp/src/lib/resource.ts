import { Store } from './store';

export interface ResourceState<T> {
  data: T | undefined;
  error: unknown;
  /** True until the first answer and while a refresh runs; data stays on screen meanwhile. */
  loading: boolean;
}

const INITIAL = { data: undefined, error: undefined, loading: true } as const;

/**
 * Server data kept in a Store: loaded on first use, refreshed on demand, and consistent when
 * requests overlap (only the newest request's answer is kept, so a slow old answer cannot
 * overwrite a newer one).
 */
export class Resource<T> extends Store<ResourceState<T>> {
  private run = 0;
  private inFlight: Promise<void> | null = null;
  /** Set when the data is known to be out of date or was never loaded. */
  private stale = true;

  constructor(private load: () => Promise<T>) {
    super(INITIAL);
  }

  /** For a component's own resource: its loader closes over the latest props. */
  setLoader(load: () => Promise<T>): void {
    this.load = load;
  }

  /** Loads again now. The returned promise settles when this request is answered. */
  readonly refresh = (): Promise<void> => {
    const mine = ++this.run;
    this.stale = false;
    this.set({ ...this.get(), error: undefined, loading: true });
    const request = this.load().then(
      (data) => {
        if (mine === this.run) this.set({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (mine === this.run) this.set({ ...this.get(), error, loading: false });
      },
    );
    const done = request.finally(() => {
      if (this.inFlight === done) this.inFlight = null;
    });
    this.inFlight = done;
    return done;
  };

  /** Loads unless the data is current or already on its way: for a page that mounts. */
  ensure(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.stale || this.get().error !== undefined) return this.refresh();
    return Promise.resolve();
  }

  /** The data changed on the server: reload now if anyone shows it, else on next use. */
  invalidate(): void {
    if (this.observed) void this.refresh();
    else this.stale = true;
  }

  /** Replaces the data with what the app already knows (e.g. the answer to a PATCH). */
  update(change: (data: T) => T): void {
    const { data } = this.get();
    if (data === undefined) return;
    this.run += 1;
    this.inFlight = null;
    this.set({ data: change(data), error: undefined, loading: false });
  }

  /** Forgets everything (the visitor erased their data); the next use loads afresh. */
  reset(): void {
    this.run += 1;
    this.inFlight = null;
    this.stale = true;
    this.set(INITIAL);
  }
}
