package cn.yeji.hazard.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.springframework.web.multipart.MultipartFile;

import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.Folders;
import cn.yeji.hazard.system.InvalidRequestException;

/**
 * Lays uploaded rule files out as a rules folder in a temporary directory: over a copy of the rules
 * serving, or on their own when a zip carries a whole folder. Names that would leave the folder, and
 * archives that unpack to more than the limits, are refused.
 */
public final class UploadedRules implements AutoCloseable {

	static final int MAX_ENTRIES = 2_000;

	static final long MAX_UNPACKED_BYTES = 20L * 1024 * 1024;

	private static final String CATALOG = "observation-codes.yaml";

	private final Path tmp;

	private Path root;

	private long unpacked;

	private UploadedRules(Path tmp) {
		this.tmp = tmp;
		this.root = tmp.resolve("rules");
	}

	/** The folder to validate. */
	public Path root() {
		return root;
	}

	public static UploadedRules of(List<MultipartFile> files, MultipartFile zip, Path serving) throws IOException {
		List<MultipartFile> parts = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		if (parts.isEmpty() && (zip == null || zip.isEmpty())) {
			throw new InvalidRequestException(List.of(new FieldProblem("files", null, "请至少上传一个规则文件（files）或一个 zip 包（zip）")));
		}
		UploadedRules upload = new UploadedRules(Files.createTempDirectory("hazard-validate-"));
		try {
			Path unzipped = zip == null || zip.isEmpty() ? null : upload.unzip(zip);
			if (unzipped != null && Files.isRegularFile(unzipped.resolve(CATALOG))) {
				upload.root = unzipped;
			}
			else {
				Folders.copy(serving, upload.root);
				if (unzipped != null) {
					Folders.copy(unzipped, upload.root);
				}
			}
			upload.overlay(parts);
			return upload;
		}
		catch (IOException | RuntimeException ex) {
			upload.close();
			throw ex;
		}
	}

	private void overlay(List<MultipartFile> parts) throws IOException {
		for (int i = 0; i < parts.size(); i++) {
			MultipartFile part = parts.get(i);
			Path target = inside(root, part.getOriginalFilename(), "files[" + i + "]");
			Files.createDirectories(target.getParent());
			try (InputStream in = part.getInputStream()) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/** Unpacks the zip; a single top folder (zipping "rules/") is looked through. */
	private Path unzip(MultipartFile zip) throws IOException {
		Path dir = tmp.resolve("zip");
		Files.createDirectories(dir);
		int entries = 0;
		try (ZipInputStream in = new ZipInputStream(zip.getInputStream())) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					throw tooBig("zip 包内文件数超过 " + MAX_ENTRIES);
				}
				Path target = inside(dir, e.getName(), "zip");
				if (e.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				copyBounded(in, target);
			}
		}
		catch (ZipException corrupt) {
			throw new InvalidRequestException(List.of(new FieldProblem("zip", zip.getOriginalFilename(),
					"zip 包已损坏，无法解开：" + corrupt.getMessage())));
		}
		if (entries == 0) {
			// ZipInputStream reads any bytes that are not a zip as an empty one: never validate nothing as valid
			throw new InvalidRequestException(List.of(new FieldProblem("zip", zip.getOriginalFilename(),
					"上传的文件不是 zip 包，或包内没有任何文件")));
		}
		try (Stream<Path> top = Files.list(dir)) {
			List<Path> children = top.toList();
			return children.size() == 1 && Files.isDirectory(children.get(0)) ? children.get(0) : dir;
		}
	}

	private void copyBounded(InputStream in, Path target) throws IOException {
		byte[] buffer = new byte[8192];
		try (var out = Files.newOutputStream(target)) {
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				unpacked += n;
				if (unpacked > MAX_UNPACKED_BYTES) {
					throw tooBig("zip 包解压后超过 " + MAX_UNPACKED_BYTES / 1024 / 1024 + " MB");
				}
				out.write(buffer, 0, n);
			}
		}
	}

	private static InvalidRequestException tooBig(String message) {
		return new InvalidRequestException(List.of(new FieldProblem("zip", null, message)));
	}

	/** {@code name} as a path inside {@code dir}; anything that would leave it is refused. */
	static Path inside(Path dir, String name, String field) {
		String clean = name == null ? "" : name.replace('\\', '/');
		Path target;
		try {
			target = dir.resolve(clean).normalize();
		}
		catch (InvalidPathException unusable) {
			target = dir; // NUL and the like: refused below with the rest
		}
		if (clean.isBlank() || clean.startsWith("/") || clean.contains(":") || !target.startsWith(dir) || target.equals(dir)) {
			throw new InvalidRequestException(List.of(new FieldProblem(field, name,
					"文件名须是规则目录内的相对路径，如 yeji-341504/3.1-buildings.drl")));
		}
		return target;
	}

	@Override
	public void close() {
		Folders.delete(tmp);
	}

}
