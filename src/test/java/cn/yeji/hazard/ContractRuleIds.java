package cn.yeji.hazard;

import java.util.List;

/**
 * The rule ids section 5 of the determination contract v1 fixes, with the national direct elements of its v1.1
 * amendments (§7 item 4); the shipped rules must conclude each.
 */
public final class ContractRuleIds {

	public static final List<String> ALL = List.of("MCA2023-4.1", "MCA2023-4.2", "MCA2023-4.3", "MCA2023-4.4",
			"MCA2023-5.1", "MCA2023-5.2", "MCA2023-5.3", "YJ-2.1", "YJ-2.2", "YJ-2.3", "YJ-2.4", "YJ-2.5", "YJ-2.6",
			"YJ-2.7", "YJ-2.8", "YJ-2.9", "YJ-2.10", "YJ-2.11", "YJ-3.1", "YJ-4.1", "YJ-4.2", "YJ-4.3", "YJ-4.4",
			"GB35181-7.1.1", "GB35181-7.2.2", "GB35181-7.3.1", "GB35181-7.3.2", "GB35181-7.3.3", "GB35181-7.3.4",
			"GB35181-7.3.6", "GB35181-7.3.7", "GB35181-7.3.8", "GB35181-7.3.9", "GB35181-7.3.10", "GB35181-7.5",
			"GB35181-7.4a", "GB35181-7.4b", "GB35181-7.7", "GB35181-7.6", "GB35181-C3", "GB35181-C4", "GB35181-6.8",
			"GB35181-6.9", "GB35181-6.10");

	private ContractRuleIds() {
	}

}
