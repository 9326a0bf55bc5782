/** The reserved first path segment of the admin API on every mock port. */
export const ADMIN_PREFIX = '__mockforge';

/** What `up`, the Action and Kubernetes probes poll until a mock answers. */
export const HEALTH_PATH = `/${ADMIN_PREFIX}/health`;

/** Ready to serve: the process answers and its state store too (503 while a Redis store is lost). */
export const READY_PATH = `/${ADMIN_PREFIX}/ready`;
