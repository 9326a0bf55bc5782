import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { RequestIssue } from './validation/request-validator.js';

/** One request the mocks answered. */
export interface JournalEntry {
  time: string;
  workspace: string;
  method: string;
  path: string;
  /** The route template that answered, if any. */
  route: string | undefined;
  status: number;
  latencyMs: number;
  requestErrors: RequestIssue[];
  /** Where the response the mock sent does not fit the contract (should stay empty). */
  responseErrors: string[];
  fault?: string;
  /** For a callback the mock made (`path` is its URL): the callback's name, and the error if it failed. */
  callback?: string;
  error?: string;
}

export interface JournalOptions {
  /** Entries kept in memory for the admin API (oldest dropped first). */
  limit?: number;
  /** Also appended as JSON lines to this file. */
  file?: string;
}

/** The request journal: a bounded in-memory ring plus an optional JSON-lines file. */
export class Journal {
  readonly #limit: number;
  #entries: JournalEntry[] = [];
  #stream: WriteStream | undefined;
  #total = 0;

  constructor(options: JournalOptions = {}) {
    this.#limit = options.limit ?? 10_000;
    if (options.file) {
      mkdirSync(dirname(options.file), { recursive: true });
      this.#stream = createWriteStream(options.file, { flags: 'a' });
    }
  }

  add(entry: JournalEntry): void {
    this.#total++;
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit * 1.5) this.#entries = this.#entries.slice(-this.#limit);
    this.#stream?.write(`${JSON.stringify(entry)}\n`);
  }

  list(filter: { workspace?: string | undefined; limit?: number | undefined } = {}): JournalEntry[] {
    let out = this.#entries.slice(-this.#limit);
    if (filter.workspace) out = out.filter((e) => e.workspace === filter.workspace);
    if (filter.limit !== undefined && filter.limit >= 0) out = out.slice(-filter.limit);
    return out;
  }

  get total(): number {
    return this.#total;
  }

  clear(): void {
    this.#entries = [];
  }

  /** Flushes and closes the journal file. */
  close(): Promise<void> {
    const stream = this.#stream;
    this.#stream = undefined;
    if (!stream) return Promise.resolve();
    return new Promise((resolve) => stream.end(resolve));
  }
}
