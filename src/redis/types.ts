import type { Cluster, Redis } from 'ioredis';

/**
 * The Redis connection this entry works through: an ioredis client or cluster that you create, configure
 * (TLS, auth, retries) and close. Only its type comes from ioredis; this entry never loads ioredis itself.
 */
export type RedisClient = Redis | Cluster;
