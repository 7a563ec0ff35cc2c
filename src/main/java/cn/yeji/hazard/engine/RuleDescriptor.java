package cn.yeji.hazard.engine;

import java.util.Map;

/**
 * A compiled rule as its author declared it: name, DRL package, file and raw {@code @key(value)} metadata.
 */
public record RuleDescriptor(String name, String drlPackage, String file, Map<String, String> metadata) {

	public String meta(String key) {
		return metadata.get(key);
	}

}
