/**
 * The cadence judge: turns a year's institutions, townships and activities into the facts the compliance
 * rule pack judges (only periods that have ended), and returns its shortfalls. It stores nothing:
 * {@code activities} records what was held and {@code cadence} serves the report.
 */
package cn.yeji.hazard.compliance;
