package dev.pms.platform.ratelimit;

/**
 * The outcome of counting one request against one quota.
 *
 * @param resetSeconds      until the whole quota is back
 * @param retryAfterSeconds until the next request would be allowed (0 when this one was)
 */
record Decision(Quota quota, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {
}
