import { between, pick, type Random, toSnake } from './pick.js';

const FIRST = ['Alice', 'Bob', 'Carol', 'David', 'Erin', 'Frank', 'Grace', 'Heidi', 'Ivan', 'Judy'];
const LAST = ['Johnson', 'Smith', 'Garcia', 'Miller', 'Chen', 'Okafor', 'Novak', 'Silva', 'Kim', 'Dubois'];
const PRODUCTS = ['Laptop', 'Wireless Mouse', 'Desk Lamp', 'Notebook', 'Headphones', 'Coffee Mug', 'Backpack'];
const CITIES = ['Lisbon', 'Toronto', 'Nairobi', 'Osaka', 'Berlin', 'Austin', 'Melbourne'];
const COUNTRIES = ['US', 'DE', 'JP', 'BR', 'KE', 'CA', 'FR'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY'];
const STATUSES = ['active', 'pending', 'completed'];
const WORDS = ['alpha', 'bravo', 'delta', 'echo', 'lima', 'nova', 'orbit', 'pixel', 'quartz', 'sigma'];
const PRODUCT_LIKE = /product|item|article|sku|good/;

/**
 * A string suggested by the field's name (`email`, `user_id`, `created_at`...), or undefined. The caller
 * checks it against the schema's lengths. `entity` names the object the field belongs to (`User`);
 * `persona` is the PRNG of that object.
 */
export function hintString(
  field: string,
  entity: string | undefined,
  random: Random,
  persona: Random = random,
): string | undefined {
  const name = toSnake(field);
  const owner = toSnake(entity ?? '');
  // Drawn from the object's own PRNG, so one object's name, email and username belong to one person.
  const first = pick(persona, FIRST);
  const last = pick(persona, LAST);
  if (name === 'id') return `${singular(owner.split('_').at(-1) || 'item')}_${between(random, 100, 999)}`;
  if (/^(.+)_ids?$/.test(name))
    return `${singular(
      name
        .replace(/_ids?$/, '')
        .split('_')
        .at(-1) as string,
    )}_${between(random, 100, 999)}`;
  if (name === 'uuid' || name === 'guid') return uuidFrom(random);
  if (name === 'first_name' || name === 'given_name') return first;
  if (name === 'last_name' || name === 'family_name' || name === 'surname') return last;
  if (name === 'name' || name === 'full_name' || name === 'display_name' || name.endsWith('_name')) {
    if (PRODUCT_LIKE.test(owner) || PRODUCT_LIKE.test(name)) return pick(random, PRODUCTS);
    return name === 'username' || name === 'user_name'
      ? `${first.toLowerCase()}${between(random, 1, 99)}`
      : `${first} ${last}`;
  }
  if (name === 'username' || name === 'login') return `${first.toLowerCase()}${between(random, 1, 99)}`;
  if (name === 'email' || name.endsWith('_email')) return `${first.toLowerCase()}.${last.toLowerCase()}@example.com`;
  if (
    name === 'url' ||
    name.endsWith('_url') ||
    name === 'website' ||
    name === 'href' ||
    name === 'uri' ||
    name.endsWith('_uri')
  )
    return `https://example.com/${pick(random, WORDS)}/${between(random, 1, 999)}`;
  if (name === 'phone' || name.endsWith('_phone') || name.startsWith('phone_') || name === 'mobile')
    return `+1555${String(between(random, 0, 9999999)).padStart(7, '0')}`;
  if (name.endsWith('_at') || name === 'timestamp') return dateTimeFrom(random);
  if (name.endsWith('_date') || name === 'date' || name === 'birthday') return dateTimeFrom(random).slice(0, 10);
  if (name === 'city') return pick(random, CITIES);
  if (name === 'country' || name === 'country_code') return pick(random, COUNTRIES);
  if (name === 'currency') return pick(random, CURRENCIES);
  if (name === 'status' || name === 'state') return pick(random, STATUSES);
  if (name === 'description' || name === 'summary' || name === 'comment' || name === 'notes')
    return `${capitalize(pick(random, WORDS))} ${pick(random, WORDS)} ${pick(random, WORDS)}.`;
  if (name === 'title') return `${capitalize(pick(random, WORDS))} ${pick(random, WORDS)}`;
  if (name === 'password' || name === 'secret') return `Pw-${pick(random, WORDS)}-${between(random, 1000, 9999)}`;
  if (name === 'token' || name.endsWith('_token')) return `tok_${hex(random, 24)}`;
  return undefined;
}

/** A number range suggested by the field's name: prices get 2 decimals, counts are small. */
export function hintNumber(field: string): { low: number; high: number; decimals: number } | undefined {
  const name = toSnake(field);
  if (/(^|_)(price|amount|total|cost|balance|subtotal|fee|tax)$/.test(name)) return { low: 1, high: 1000, decimals: 2 };
  if (/(^|_)(quantity|qty|count)$/.test(name) || name.startsWith('num_')) return { low: 1, high: 10, decimals: 0 };
  if (name === 'age') return { low: 18, high: 80, decimals: 0 };
  if (name === 'year') return { low: 2015, high: 2025, decimals: 0 };
  if (name === 'rating' || name === 'score') return { low: 1, high: 5, decimals: 0 };
  if (name === 'page' || name === 'limit' || name === 'page_size' || name === 'per_page')
    return { low: 1, high: 50, decimals: 0 };
  return undefined;
}

export function randomWord(random: Random): string {
  return pick(random, WORDS);
}

export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

export function uuidFrom(random: Random): string {
  const h = hex(random, 32).split('');
  h[12] = '4';
  h[16] = '89ab'[Math.floor(random() * 4)] as string;
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A date-time between 2020 and 2025, whole seconds, UTC. */
export function dateTimeFrom(random: Random): string {
  const start = Date.UTC(2020, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  return new Date(start + Math.floor((random() * span) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function hex(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += '0123456789abcdef'[Math.floor(random() * 16)];
  return out;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
