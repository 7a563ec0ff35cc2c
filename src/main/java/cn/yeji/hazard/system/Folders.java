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

	/** Deletes a folder tree as far as it can; a file that will not go is left for the system's temp cleanup. */
	public static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(f);
			}
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			// a temporary copy: nothing depends on it being gone
		}
	}

}
