package cn.yeji.hazard.stats;

/** What the statistics are grouped by: one row per township, clause, channel or ledger status. */
enum GroupBy {

	TOWNSHIP, RULE_ID, CHANNEL, STATUS

}
