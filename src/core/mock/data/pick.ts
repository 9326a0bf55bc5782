import { createRandom, hashSeed } from '../random.js';
import type { Walk } from './types.js';

export type Random = () => number;

/** The PRNG of one place in the value: the same seed and path give the same draws, run after run. */
export function randomAt(walk: Walk, salt = ''): Random {
  return createRandom(hashSeed(walk.context.seed, walk.path.join('/'), salt));
}

/** The PRNG of the object holding the value: shared by its fields (one person's name and email). */
export function personaAt(walk: Walk): Random {
  return createRandom(hashSeed(walk.context.seed, walk.path.slice(0, -1).join('/'), 'persona'));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** An integer in [low, high]. */
export function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** The property name the value belongs to (array indexes skipped), or ''. */
export function fieldName(walk: Walk): string {
  for (let i = walk.path.length - 1; i >= 0; i--) {
    const segment = walk.path[i] as string;
    if (!/^\d+$/.test(segment)) return segment;
  }
  return '';
}

/** `userId`, `UserID`, `user-id` -> `user_id`. */
export function toSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}
