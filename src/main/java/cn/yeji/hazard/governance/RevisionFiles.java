package cn.yeji.hazard.governance;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.web.multipart.MultipartFile;

import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.lifecycle.UploadedRules;

/**
 * Puts files uploaded from a browser where they belong in the rules folder. A browser sends a file's name
 * without its folder, so {@code parameters.yaml} alone does not say which pack it revises: a name found in
 * the chosen pack goes there, a name found once in the serving folder goes where it is, a new name goes
 * into the chosen pack. A name that already carries its folder (as API clients send it) is kept.
 */
final class RevisionFiles {

	private RevisionFiles() {
	}

	/** The files renamed to their paths in the rules folder, for {@link UploadedRules}. */
	static List<MultipartFile> placed(List<MultipartFile> files, String pack, Path serving) {
		List<MultipartFile> parts = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		if (parts.isEmpty()) {
			return parts;
		}
		List<String> existing = relativeFiles(serving);
		String chosen = pack == null || pack.isBlank() ? null : pack;
		if (chosen != null && !isPack(serving, chosen)) {
			throw new InvalidRequestException(List.of(new FieldProblem("pack", pack, "没有这个规则包：" + pack)));
		}
		List<MultipartFile> placed = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (MultipartFile part : parts) {
			String name = part.getOriginalFilename() == null ? "" : part.getOriginalFilename();
			try {
				placed.add(new Placed(part, place(name, chosen, existing)));
			}
			catch (InvalidRequestException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return placed;
	}

	private static String place(String name, String pack, List<String> existing) {
		if (name.contains("/") || name.contains("\\")) {
			return name;
		}
		if (pack != null && existing.contains(pack + "/" + name)) {
			return pack + "/" + name;
		}
		List<String> found = existing.stream().filter(p -> p.equals(name) || p.endsWith("/" + name)).toList();
		if (found.size() == 1) {
			return found.get(0);
		}
		if (pack != null) {
			return pack + "/" + name;
		}
		String why = found.isEmpty() ? "是新文件，请选择它所属的规则包"
				: "在多个规则包中都有（" + String.join("、", found) + "），请选择它所属的规则包";
		throw new InvalidRequestException(List.of(new FieldProblem("pack", name, name + " " + why)));
	}

	/** A folder of the rules folder with a {@code pack.yaml}; never a path leading elsewhere. */
	private static boolean isPack(Path serving, String pack) {
		return pack.matches("[A-Za-z0-9][A-Za-z0-9._-]*") && Files.isRegularFile(serving.resolve(pack).resolve("pack.yaml"));
	}

	private static List<String> relativeFiles(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An uploaded file under the name of its place in the rules folder. */
	private record Placed(MultipartFile file, String path) implements MultipartFile {

		@Override
		public String getName() {
			return file.getName();
		}

		@Override
		public String getOriginalFilename() {
			return path;
		}

		@Override
		public String getContentType() {
			return file.getContentType();
		}

		@Override
		public boolean isEmpty() {
			return file.isEmpty();
		}

		@Override
		public long getSize() {
			return file.getSize();
		}

		@Override
		public byte[] getBytes() throws IOException {
			return file.getBytes();
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return file.getInputStream();
		}

		@Override
		public void transferTo(File dest) throws IOException {
			file.transferTo(dest);
		}

	}

	/** UploadedRules names a refused file {@code files[i]}; a console form has one control for them all. */
	static List<FieldProblem> onControls(List<FieldProblem> problems) {
		return problems.stream()
			.map(p -> p.field().startsWith("files[") ? new FieldProblem("files", p.value(), p.message()) : p)
			.toList();
	}

}
