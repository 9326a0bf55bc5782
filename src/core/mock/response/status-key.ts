/** A response key as stored: `404`, `4XX`, `default` (a contract may write `4xx` or `Default`). */
export function statusKey(key: string): string {
  return key.toUpperCase() === 'DEFAULT' ? 'default' : key.toUpperCase();
}

/** The entry for a status, keyed by statusKey: the exact code, then its range (`4XX`), then `default`. */
export function byStatus<T>(entries: ReadonlyMap<string, T>, status: number): T | undefined {
  return entries.get(String(status)) ?? entries.get(`${String(status)[0]}XX`) ?? entries.get('default');
}
