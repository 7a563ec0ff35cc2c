/**
 * Benchmark-only endpoints, present only when the Spring profile {@code bench} is active.
 */
package cn.yeji.hazard.bench;
