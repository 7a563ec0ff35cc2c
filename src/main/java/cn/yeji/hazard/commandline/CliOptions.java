package cn.yeji.hazard.commandline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

import cn.yeji.hazard.system.HazardSettings;

/** {@code --name value} options of one command, checked against the names it accepts. */
final class CliOptions {

	private final Map<String, String> values = new HashMap<>();

	private final boolean help;

	CliOptions(String[] args) {
		boolean wantsHelp = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				wantsHelp = true;
			}
			else if (arg.startsWith("--") && i + 1 < args.length) {
				values.put(arg.substring(2), args[++i]);
			}
			else {
				throw new UsageException("unexpected argument: " + arg);
			}
		}
		this.help = wantsHelp;
	}

	boolean help() {
		return help;
	}

	void allow(Set<String> names) {
		values.keySet().stream().filter(k -> !names.contains(k)).findFirst().ifPresent(k -> {
			throw new UsageException("unknown option --" + k);
		});
	}

	Path folder(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new UsageException("--" + name + " DIR is required");
		}
		Path dir = Path.of(value);
		if (!Files.isDirectory(dir)) {
			throw new UsageException("--" + name + " " + value + " is not a folder");
		}
		return dir;
	}

	/**
	 * The clock of {@code --zone} (default {@value HazardSettings#DEFAULT_ZONE}, as {@code hazard.zone}): case
	 * files are judged in the zone the service judges requests in.
	 */
	Clock clock() {
		String zone = get("zone", HazardSettings.DEFAULT_ZONE);
		try {
			return Clock.system(ZoneId.of(zone));
		}
		catch (DateTimeException ex) {
			throw new UsageException("--zone " + zone + " is not a time zone (e.g. Asia/Shanghai)");
		}
	}

	String get(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	/** A mistake in how the command was called. */
	static class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
