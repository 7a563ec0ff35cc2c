package cn.yeji.hazard.engine;

import java.util.List;
import java.util.Map;

/**
 * What one pattern of a rule's conditions reads: its fact type, the record components its constraints name
 * (dotted for nested records, e.g. {@code sandwichPanel.present}) and the text literals that name which fact
 * the pattern means ({@code code == "BLOCKED_EXIT"}, {@code name == "crowdedElementsForMajor"}), taken only from
 * constraints every match must meet.
 *
 * @param text the pattern as written, shortened, for a note saying no fact met it
 */
record PatternRead(Class<?> type, List<String> fields, Map<String, String> literals, String text) {
}
