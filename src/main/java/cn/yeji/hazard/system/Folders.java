package cn.yeji.hazard.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies a folder tree, replacing files that exist: rule folders are laid out this way for checks. */
public final class Folders {

	private Folders() {
	}

	/** Copies everything below {@code from} into {@code to} and returns {@code to}. */
	public static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path f : files.toList()) {
				Path target = to.resolve(from.relativize(f).toString());
				if (Files.isDirectory(f)) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return to;
	}

}
