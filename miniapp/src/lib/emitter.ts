/** Tiny typed event hub; pages in a mini-program live in separate trees, so they meet here. */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  on(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(value: T): void {
    for (const l of [...this.listeners]) {
      try {
        l(value);
      } catch {
        // One broken listener must not stop the others (e.g. an unmounted page).
      }
    }
  }
}
