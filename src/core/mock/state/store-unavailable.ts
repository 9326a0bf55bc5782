/** The shared store stopped answering while serving: the request gets a 503, never wrong data. */
export class StoreUnavailableError extends Error {
  readonly store: string;

  constructor(store: string, reason: string) {
    super(`the state store ${store} is unavailable: ${reason}`);
    this.name = 'StoreUnavailableError';
    this.store = store;
  }
}
