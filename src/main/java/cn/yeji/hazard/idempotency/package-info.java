/**
 * Safe retries (Idempotency-Key): a write sent again after a dropped connection answers the first
 * record and writes nothing. Owns the {@code idempotency_key} table.
 */
package cn.yeji.hazard.idempotency;
