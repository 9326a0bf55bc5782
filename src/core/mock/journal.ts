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

/** Lines wait this long (or until this many bytes) before they are written: one write per batch, not per request. */
const FLUSH_MS = 100;
const FLUSH_BYTES = 64 * 1024;

/** The request journal (the mock's entries, or the proxy's): a bounded in-memory ring plus an optional JSON-lines file. */
export class Journal<Entry extends { workspace: string } = JournalEntry> {
  readonly #limit: number;
  #entries: Entry[] = [];
  #stream: WriteStream | undefined;
  #total = 0;
  #pending = '';
  #timer: NodeJS.Timeout | undefined;

  constructor(options: JournalOptions = {}) {
    this.#limit = options.limit ?? 10_000;
    if (options.file) {
      mkdirSync(dirname(options.file), { recursive: true });
      this.#stream = createWriteStream(options.file, { flags: 'a' });
    }
  }

  add(entry: Entry): void {
    this.#total++;
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit * 1.5) this.#entries = this.#entries.slice(-this.#limit);
    if (!this.#stream) return;
    this.#pending += `${JSON.stringify(entry)}\n`;
    if (this.#pending.length >= FLUSH_BYTES) this.#flush();
    else this.#timer ??= setTimeout(() => this.#flush(), FLUSH_MS).unref();
  }

  #flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending && this.#stream) this.#stream.write(this.#pending);
    this.#pending = '';
  }

  list(filter: { workspace?: string | undefined; limit?: number | undefined } = {}): Entry[] {
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
    this.#flush();
    const stream = this.#stream;
    this.#stream = undefined;
    if (!stream) return Promise.resolve();
    return new Promise((resolve) => stream.end(resolve));
  }
}
