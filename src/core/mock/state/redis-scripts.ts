/**
 * Lua scripts of the Redis store: each runs atomically in Redis, so replicas never interleave inside one.
 * ARGV[1] is the workspace's key prefix (`mockforge:<workspace_id>:`); the keys are built from it, which a
 * single Redis allows (not Redis Cluster, where every key must be declared).
 */
const KEYS = `
local p, c = ARGV[1], ARGV[2]
local records, order, deleted, counter = p .. 'records:' .. c, p .. 'order:' .. c, p .. 'deleted:' .. c, p .. 'counter:' .. c
`;

export const REDIS_SCRIPTS = {
  /** ARGV: prefix, collection, id, json. Keeps the first insertion's place in the order. */
  mfPut: `${KEYS}
local id = ARGV[3]
redis.call('HSET', records, id, ARGV[4])
if not redis.call('ZSCORE', order, id) then redis.call('ZADD', order, redis.call('INCR', p .. 'seq'), id) end
redis.call('SREM', deleted, id)
redis.call('SADD', p .. 'collections', c)
return 1`,
  /** ARGV: prefix, collection, id. 1 when a record was removed; the id is remembered as deleted either way. */
  mfDelete: `${KEYS}
local id = ARGV[3]
local removed = redis.call('HDEL', records, id)
redis.call('ZREM', order, id)
redis.call('SADD', deleted, id)
redis.call('SADD', p .. 'collections', c)
return removed`,
  /** ARGV: prefix, collection. The records' JSON in insertion order. */
  mfList: `${KEYS}
local ids = redis.call('ZRANGE', order, 0, -1)
local out = {}
for i = 1, #ids, 500 do
  local chunk = {}
  for j = i, math.min(i + 499, #ids) do chunk[#chunk + 1] = ids[j] end
  local values = redis.call('HMGET', records, unpack(chunk))
  for k = 1, #chunk do if values[k] then out[#out + 1] = values[k] end end
end
return out`,
  /** ARGV: prefix, collection, id prefix. The next `<prefix>_<n>` neither stored nor deleted. */
  mfNextId: `${KEYS}
local n = tonumber(redis.call('GET', counter) or '1000')
local id
repeat
  n = n + 1
  id = ARGV[3] .. '_' .. string.format('%d', n)
until redis.call('HEXISTS', records, id) == 0 and redis.call('SISMEMBER', deleted, id) == 0
redis.call('SET', counter, n)
redis.call('SADD', p .. 'collections', c)
return id`,
  /** ARGV: prefix. Deletes every key of this workspace id (and only those). */
  mfClear: `
local p = ARGV[1]
local names = redis.call('SMEMBERS', p .. 'collections')
for _, c in ipairs(names) do
  redis.call('DEL', p .. 'records:' .. c, p .. 'order:' .. c, p .. 'deleted:' .. c, p .. 'counter:' .. c)
end
redis.call('DEL', p .. 'collections', p .. 'seq', p .. 'seeded')
return #names`,
  /** ARGV: prefix. Records in every collection. */
  mfSize: `
local p = ARGV[1]
local total = 0
for _, c in ipairs(redis.call('SMEMBERS', p .. 'collections')) do total = total + redis.call('HLEN', p .. 'records:' .. c) end
return total`,
  /** KEYS: the lock; ARGV: its token. Releases the lock only when this replica still holds it. */
  mfUnlock: `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`,
} as const;

export type RedisScript = keyof typeof REDIS_SCRIPTS;
