package cn.yeji.hazard.lifecycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rule sets as they served, kept in the ledger's database: each version's files (a zip of the rules folder,
 * stored once per version) and every activation with who, when, why and how.
 */
@Repository
public class RulesetArchive {

	/** One activation of a stored version. */
	public record Activation(long id, String version, OffsetDateTime at, String by, String reason, String source) {
	}

	private final JdbcClient jdbc;

	RulesetArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a version's files unless they are stored already (the version is their content hash). */
	void store(String version, Path folder, OffsetDateTime now) {
		boolean stored = jdbc.sql("SELECT COUNT(*) FROM ruleset_version WHERE version = :v").param("v", version)
			.query(Integer.class).single() > 0;
		if (!stored) {
			jdbc.sql("INSERT INTO ruleset_version (version, files, stored_at) VALUES (:v, :files, :now)")
				.param("v", version)
				.param("files", zip(folder))
				.param("now", now)
				.update();
		}
	}

	void activated(String version, OffsetDateTime at, String by, String reason, String source) {
		jdbc.sql("""
				INSERT INTO ruleset_activation (version, activated_at, activated_by, reason, source)
				VALUES (:v, :at, :by, :reason, :source)""")
			.param("v", version)
			.param("at", at)
			.param("by", by)
			.param("reason", reason)
			.param("source", source)
			.update();
	}

	List<Activation> activations(int limit) {
		return jdbc.sql("SELECT * FROM ruleset_activation ORDER BY id DESC LIMIT :limit").param("limit", limit)
			.query((rs, n) -> new Activation(rs.getLong("id"), rs.getString("version"),
					rs.getObject("activated_at", OffsetDateTime.class), rs.getString("activated_by"), rs.getString("reason"),
					rs.getString("source")))
			.list();
	}

	Optional<Activation> latest() {
		return activations(1).stream().findFirst();
	}

	/** The stored files of a version, unpacked into {@code into}; empty when the version is not stored. */
	Optional<Path> unpack(String version, Path into) {
		Optional<byte[]> zip = jdbc.sql("SELECT files FROM ruleset_version WHERE version = :v").param("v", version)
			.query(byte[].class).optional();
		zip.ifPresent(bytes -> unzip(bytes, into));
		return zip.map(bytes -> into);
	}

	/** Every file of a folder that its version covers (all but hidden ones), by relative path, as one zip. */
	public static byte[] zip(Path folder) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(folder)) {
			for (Path f : files.filter(Files::isRegularFile).filter(f -> !folder.relativize(f).toString().startsWith("."))
				.sorted()
				.toList()) {
				zip.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
				zip.write(Files.readAllBytes(f));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static void unzip(byte[] bytes, Path into) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				Path target = into.resolve(e.getName()).normalize();
				if (!target.startsWith(into) || e.isDirectory()) {
					continue; // only files, only inside: the zip was made here, but a stored blob is still input
				}
				Files.createDirectories(target.getParent());
				Files.write(target, zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
