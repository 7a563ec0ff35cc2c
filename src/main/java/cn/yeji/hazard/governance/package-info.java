/**
 * Rule governance: {@code /api/v1/ruleset} and {@code /api/v1/rules}, revisions and their four-eyes review,
 * the impact report of a revision (rule changes, golden cases and the ledger replayed), and the console's
 * rules pages.
 */
package cn.yeji.hazard.governance;
