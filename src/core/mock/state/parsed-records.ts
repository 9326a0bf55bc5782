import type { JsonObject } from '../../contract/types.js';

/** Characters of record JSON kept at most (oldest first out): a few MB, whatever the records' size. */
const MAX_CHARS = 4 * 1024 * 1024;

/**
 * Records as read from Redis, parsed once per distinct JSON text. Not a read cache: every read still
 * fetches the text from Redis, and only the exact same bytes give back the same frozen object. That
 * object is what the reply cache is keyed on, so a record that did not change is neither parsed,
 * validated, encoded nor hashed again; a record another replica changed is new text, hence a new object.
 */
export class ParsedRecords {
  readonly #byText = new Map<string, JsonObject>();
  #chars = 0;

  parse(text: string): JsonObject {
    const known = this.#byText.get(text);
    if (known) return known;
    const record = Object.freeze(JSON.parse(text) as JsonObject);
    if (text.length > MAX_CHARS / 16) return record;
    this.#byText.set(text, record);
    this.#chars += text.length;
    for (const oldest of this.#byText.keys()) {
      if (this.#chars <= MAX_CHARS) break;
      this.#byText.delete(oldest);
      this.#chars -= oldest.length;
    }
    return record;
  }
}
