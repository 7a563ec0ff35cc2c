package cn.yeji.hazard.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content hash of a rules folder: any change to any file changes it, so a stored verdict can be
 * traced to the exact rules that produced it.
 */
final class RulesVersion {

	private RulesVersion() {
	}

	static String of(Path dir) {
		MessageDigest sha = sha256();
		for (Path file : files(dir)) {
			String name = dir.relativize(file).toString().replace('\\', '/');
			sha.update(name.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(bytes(file));
			sha.update((byte) 0);
		}
		return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
	}

	private static List<Path> files(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile)
				.filter(f -> !dir.relativize(f).toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}
