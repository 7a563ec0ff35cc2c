package cn.yeji.hazard.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.yeji.hazard.TestRules;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
@TestPropertySource(properties = "hazard.rules.watch=false")
class RulesetApiTest {

	private static final String BUILDINGS = "yeji-341504/3.1-buildings.drl";

	@Autowired
	MockMvcTester mvc;

	@Test
	void reloading_an_unchanged_folder_changes_nothing_and_is_reported() {
		MvcTestResult reload = mvc.post().uri("/api/v1/ruleset/reload").exchange();

		assertThat(reload).hasStatusOk();
		assertThat(reload).bodyJson().extractingPath("$.outcome").isEqualTo("UNCHANGED");
		assertThat(reload).bodyJson().extractingPath("$.version").isEqualTo(TestRules.shipped().version());
		MvcTestResult ruleset = mvc.get().uri("/api/v1/ruleset").exchange();
		assertThat(ruleset).bodyJson().extractingPath("$.lastReload.outcome").isEqualTo("UNCHANGED");
		assertThat(ruleset).bodyJson().extractingPath("$.history[0].version").isEqualTo(TestRules.shipped().version());
	}

	@Test
	void validating_an_edited_file_checks_it_against_the_rules_serving_without_activating_it() throws IOException {
		String broken = text(BUILDINGS).replace("elderlyRoomsOnNonCompliantFloor == true", "elderlyRoomsOnWrongFloor == true");

		MvcTestResult result = validate(file(BUILDINGS, broken));

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.problems[0].file").isEqualTo(BUILDINGS);
		assertThat(result).bodyJson().extractingPath("$.problems[0].line").isEqualTo(lineOf(broken, "elderlyRoomsOnWrongFloor"));
		assertThat(mvc.get().uri("/api/v1/ruleset")).bodyJson().extractingPath("$.version")
			.isEqualTo(TestRules.shipped().version());
	}

	@Test
	void a_good_edit_validates_with_the_version_it_would_have() throws IOException {
		String good = text(BUILDINGS).replace("居住和活动。", "居住和活动；报区民政局备案。");

		MvcTestResult result = validate(file(BUILDINGS, good));

		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.version").asString().startsWith("sha256:")
			.isNotEqualTo(TestRules.shipped().version());
	}

	@Test
	void a_zip_of_a_whole_rules_folder_is_checked_on_its_own() throws IOException {
		byte[] zip = zipOfRules(BUILDINGS, text(BUILDINGS).replace("\nwhen\n", "\nwhenn\n"));

		MvcTestResult result = mvc.post().uri("/api/v1/ruleset/validate")
			.multipart()
			.file(new MockMultipartFile("zip", "rules.zip", "application/zip", zip))
			.exchange();

		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.problems[0].file").isEqualTo(BUILDINGS);
	}

	@Test
	void a_file_name_that_leaves_the_rules_folder_is_refused_naming_the_part() {
		MvcTestResult result = validate(file("../../etc/evil.drl", "package x;"));

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("files[0]");
		assertThat(result).bodyJson().extractingPath("$.errors[0].value").isEqualTo("../../etc/evil.drl");
	}

	@Test
	void validating_nothing_is_a_bad_request() {
		MvcTestResult result = mvc.post().uri("/api/v1/ruleset/validate").multipart()
			.file(new MockMultipartFile("other", "x.txt", "text/plain", new byte[] { 1 }))
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("files");
	}

	private MvcTestResult validate(MockMultipartFile file) {
		return mvc.post().uri("/api/v1/ruleset/validate").multipart().file(file).exchange();
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("files", name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
	}

	private static String text(String file) throws IOException {
		return Files.readString(TestRules.rulesDir().resolve(file));
	}

	static int lineOf(String text, String needle) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(needle)) {
				return i + 1;
			}
		}
		throw new AssertionError(needle);
	}

	private static byte[] zipOfRules(String replaced, String content) throws IOException {
		Path dir = TestRules.rulesDir();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				String name = "rules/" + dir.relativize(f).toString().replace('\\', '/');
				zip.putNextEntry(new ZipEntry(name));
				zip.write(name.equals("rules/" + replaced) ? content.getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(f));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
