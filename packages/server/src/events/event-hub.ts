/** A listener gets the payload; what it returns (a promise of its async work) is tracked, never awaited by emit. */
export type EventListener<P> = (payload: P) => unknown;

/**
 * A small typed in-process publish/subscribe hub. `emit` is synchronous and never throws: listeners start their
 * work and return; their promises are tracked so that a caller (a test, a shutdown) can wait for them with
 * {@link settled}. Emitters therefore never wait for, nor fail because of, what listeners do.
 */
export class EventHub<Events extends { [name: string]: unknown }> {
  private readonly listeners = new Map<keyof Events, Set<EventListener<never>>>();
  private readonly inFlight = new Set<Promise<unknown>>();

  private errorHandler: ((error: unknown, event: string) => void) | undefined;

  /** Where a listener's failure goes (it never reaches the emitter); by default `console.error`. */
  setErrorHandler(handler: (error: unknown, event: string) => void): void {
    this.errorHandler = handler;
  }

  /** Subscribes; returns the unsubscribe function. */
  on<K extends keyof Events>(event: K, listener: EventListener<Events[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as EventListener<never>);
    return () => set.delete(listener as EventListener<never>);
  }

  hasListeners(event: keyof Events): boolean {
    return (this.listeners.get(event)?.size ?? 0) > 0;
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        const result = (listener as EventListener<Events[K]>)(payload);
        if (result instanceof Promise) this.track(result, String(event));
      } catch (error) {
        this.reportError(error, String(event));
      }
    }
  }

  /** Tracks async work started on behalf of an event (its failure is reported, not thrown). */
  track(work: Promise<unknown>, event: string): void {
    const tracked = work
      .catch((error: unknown) => this.reportError(error, event))
      .finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /** Resolves when every tracked piece of work (including work started meanwhile) has finished. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private reportError(error: unknown, event: string): void {
    if (this.errorHandler) this.errorHandler(error, event);
    else console.error(`event ${event}: listener failed`, error);
  }
}
