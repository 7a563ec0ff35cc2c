/**
 * The cadence judge: turns a year's institutions, townships and activities into the facts the compliance
 * rule pack judges (only periods that have ended), and returns its shortfalls. It stores nothing; the
 * ledger records the activities and serves the report.
 */
package cn.yeji.hazard.compliance;
