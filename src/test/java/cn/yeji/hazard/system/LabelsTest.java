package cn.yeji.hazard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.yeji.hazard.TestRules;
import cn.yeji.hazard.api.model.ActivityKindDto;
import cn.yeji.hazard.api.model.AuthorityFindingDto;
import cn.yeji.hazard.api.model.BuildingDto;
import cn.yeji.hazard.api.model.ChannelDto;
import cn.yeji.hazard.api.model.ComplaintRequestDto;
import cn.yeji.hazard.api.model.ComplaintStatusDto;
import cn.yeji.hazard.api.model.CoveragePackDto;
import cn.yeji.hazard.api.model.FacilityKindDto;
import cn.yeji.hazard.api.model.HazardEventDto;
import cn.yeji.hazard.api.model.HazardStatusDto;
import cn.yeji.hazard.api.model.NotificationDto;
import cn.yeji.hazard.api.model.InspectionSummaryDto;
import cn.yeji.hazard.api.model.LevelDto;
import cn.yeji.hazard.api.model.ModeDto;
import cn.yeji.hazard.api.model.RegisteredBuildingDto;
import cn.yeji.hazard.api.model.ReloadAttemptDto;
import cn.yeji.hazard.api.model.RevisionDto;
import cn.yeji.hazard.api.model.RuleChangeDto;
import cn.yeji.hazard.api.model.RuleInfoDto;
import cn.yeji.hazard.api.model.RulesetActivationDto;
import cn.yeji.hazard.api.model.SandwichPanelDto;
import cn.yeji.hazard.api.model.ShortfallDto;
import cn.yeji.hazard.api.model.SpecialEquipmentDto;
import cn.yeji.hazard.api.model.StaffAssignmentDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.api.model.VerificationDto;
import cn.yeji.hazard.facts.ActivityKind;
import cn.yeji.hazard.facts.BuildingGrade;
import cn.yeji.hazard.facts.Channel;
import cn.yeji.hazard.facts.CoreFireClass;
import cn.yeji.hazard.facts.Decoration;
import cn.yeji.hazard.facts.EquipmentCategory;
import cn.yeji.hazard.facts.FacilityKind;
import cn.yeji.hazard.facts.FireAcceptance;
import cn.yeji.hazard.facts.InspectionStatus;
import cn.yeji.hazard.facts.Issuer;
import cn.yeji.hazard.facts.Level;
import cn.yeji.hazard.facts.Mode;
import cn.yeji.hazard.facts.Scope;
import cn.yeji.hazard.facts.StaffRole;
import cn.yeji.hazard.rules.PackStatus;
import cn.yeji.hazard.rules.ReloadAttempt;
import cn.yeji.hazard.notifications.NoticeKind;

/**
 * Every code the console or a report shows has its words in {@code labels_zh.properties}, written once, so a
 * new enum value cannot reach a page or a spreadsheet as a bare code; and a form offers a kind's choices in
 * the order of the file. The ledger's own package-private enums are checked in {@code HazardStatusLabelsTest}.
 */
class LabelsTest {

	/** The fact model's enums, each with the kind of its words. */
	private static final Map<Class<? extends Enum<?>>, String> FACTS = Map.ofEntries(
			Map.entry(ActivityKind.class, "activity"), Map.entry(BuildingGrade.class, "grade"),
			Map.entry(Channel.class, "channel"), Map.entry(CoreFireClass.class, "coreFireClass"),
			Map.entry(Decoration.class, "decoration"), Map.entry(EquipmentCategory.class, "equipmentCategory"),
			Map.entry(FacilityKind.class, "facilityKind"), Map.entry(FireAcceptance.class, "fireAcceptance"),
			Map.entry(InspectionStatus.class, "inspectionStatus"), Map.entry(Issuer.class, "issuer"),
			Map.entry(Level.class, "level"), Map.entry(Mode.class, "mode"), Map.entry(Scope.class, "scope"),
			Map.entry(StaffRole.class, "staffRole"));

	/** The fact model's enums no page or report names in words: a period is shown as 2026-H1, not by its kind. */
	private static final Set<String> FACTS_NOT_SHOWN = Set.of("PeriodKind");

	/** The API's enums (generated from openapi.yaml) the console or the exports show, with their kinds. */
	private static final Map<Class<? extends Enum<?>>, String> API = Map.ofEntries(
			Map.entry(LevelDto.class, "level"), Map.entry(ChannelDto.class, "channel"),
			Map.entry(HazardStatusDto.class, "status"), Map.entry(HazardEventDto.EventEnum.class, "event"),
			Map.entry(VerdictDto.VerdictEnum.class, "verdict"), Map.entry(InspectionSummaryDto.VerdictEnum.class, "verdict"),
			Map.entry(ModeDto.class, "mode"), Map.entry(CoveragePackDto.StatusEnum.class, "packStatus"),
			Map.entry(FacilityKindDto.class, "facilityKind"), Map.entry(ActivityKindDto.class, "activity"),
			Map.entry(ShortfallDto.SubjectTypeEnum.class, "subjectType"),
			Map.entry(ComplaintRequestDto.SourceEnum.class, "source"), Map.entry(ComplaintStatusDto.class, "complaintStatus"),
			Map.entry(VerificationDto.OutcomeEnum.class, "complaintStatus"),
			Map.entry(BuildingDto.DangerousBuildingGradeEnum.class, "grade"),
			Map.entry(RegisteredBuildingDto.AppraisalGradeEnum.class, "grade"),
			Map.entry(BuildingDto.CombustibleDecorationEnum.class, "decoration"),
			Map.entry(BuildingDto.FireAcceptanceEnum.class, "fireAcceptance"),
			Map.entry(RegisteredBuildingDto.FireAcceptanceEnum.class, "fireAcceptance"),
			Map.entry(SandwichPanelDto.CoreFireClassEnum.class, "coreFireClass"),
			Map.entry(AuthorityFindingDto.IssuerEnum.class, "issuer"), Map.entry(AuthorityFindingDto.ScopeEnum.class, "scope"),
			Map.entry(SpecialEquipmentDto.CategoryEnum.class, "equipmentCategory"),
			Map.entry(SpecialEquipmentDto.InspectionStatusEnum.class, "inspectionStatus"),
			Map.entry(StaffAssignmentDto.RoleEnum.class, "staffRole"), Map.entry(RuleInfoDto.ConfidenceEnum.class, "confidence"),
			Map.entry(ReloadAttemptDto.OutcomeEnum.class, "reloadOutcome"),
			Map.entry(RulesetActivationDto.SourceEnum.class, "activationSource"),
			Map.entry(RevisionDto.StatusEnum.class, "revisionStatus"), Map.entry(RuleChangeDto.KindEnum.class, "changeKind"),
			Map.entry(NotificationDto.KindEnum.class, "noticeKind"), Map.entry(NoticeKind.class, "noticeKind"));

	private static final Pattern PUBLIC_ENUM = Pattern.compile("(?m)^public enum (\\w+)");

	@Test
	void every_value_of_the_fact_models_enums_has_words() {
		// given the fact model's enums, each mapped to its kind of words
		// when the file is asked for every value's words
		List<String> missing = unlabelled(FACTS);
		// then none is missing
		assertThat(missing).as("add kind.CODE=… to %s", Labels.FILE).isEmpty();
	}

	@Test
	void every_enum_of_the_fact_model_is_either_labelled_or_named_as_not_shown() throws IOException {
		// given the enums the facts package declares
		Set<String> declared = new TreeSet<>();
		Path facts = TestRules.projectDir().resolve("src/main/java/cn/yeji/hazard/facts");
		try (Stream<Path> files = Files.list(facts)) {
			for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
				Matcher m = PUBLIC_ENUM.matcher(Files.readString(f));
				while (m.find()) {
					declared.add(m.group(1));
				}
			}
		}
		// when they are set against the enums this test checks, and those it knows are not shown
		Set<String> known = new TreeSet<>(FACTS_NOT_SHOWN);
		FACTS.keySet().forEach(type -> known.add(type.getSimpleName()));
		// then a new enum cannot slip past the check above
		assertThat(declared).as("a new enum of cn.yeji.hazard.facts: map it to its kind in FACTS").isEqualTo(known);
	}

	@Test
	void every_value_of_the_apis_enums_that_a_page_or_report_shows_has_words() {
		// given the generated API enums, each mapped to its kind (a value is what the API writes: getValue())
		// when the file is asked for every value's words
		List<String> missing = unlabelled(API);
		// then none is missing
		assertThat(missing).as("add kind.CODE=… to %s", Labels.FILE).isEmpty();
	}

	@Test
	void every_reload_outcome_and_every_pack_status_a_verdict_shows_has_words() {
		// given the rules' enums the rules pages and a verdict's coverage show; a pack that does not apply is
		// left out of the coverage, so NOT_APPLICABLE is never shown
		List<String> packs = Stream.of(PackStatus.values()).filter(PackStatus::applies).map(Enum::name).toList();
		// when the file is asked for their words
		List<String> missing = Stream.concat(unlabelled("reloadOutcome", ReloadAttempt.Outcome.values()),
				unlabelled("packStatus", packs.toArray())).toList();
		// then none is missing
		assertThat(missing).isEmpty();
	}

	@Test
	void the_file_writes_each_key_once_and_gives_every_key_words() throws IOException {
		// given the file as it ships, one key a line
		List<String> keyLines = keyLines();
		// when it is read as the service reads it
		Map<String, String> words;
		try (Reader file = file()) {
			words = Labels.read(file);
		}
		// then no line was lost to a later one with the same key, and no key is without words
		assertThat(words).hasSameSizeAs(keyLines);
		assertThat(words.values()).allSatisfy(label -> assertThat(label).isNotBlank());
	}

	@Test
	void a_key_written_twice_or_without_words_stops_the_file_being_read() {
		// given a file that names PUBLIC_REPORT twice, and leaves CLOSED without words
		String file = "channel.PUBLIC_REPORT=群众举报\nchannel.PUBLIC_REPORT=群众举报核查\nstatus.CLOSED=\n";
		// when it is read, then it is refused, naming both faults
		assertThatThrownBy(() -> Labels.read(new StringReader(file))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("channel.PUBLIC_REPORT is written twice")
			.hasMessageContaining("status.CLOSED has no words");
	}

	@Test
	void a_form_offers_each_kinds_choices_in_the_order_of_the_file() throws IOException {
		// given the keys of the file in the order of its lines
		List<String> lines = keyLines();
		// when every kind's choices are asked for
		List<String> offered = lines.stream().map(key -> key.substring(0, key.indexOf('.'))).distinct()
			.flatMap(kind -> Labels.options(kind).stream().map(o -> kind + "." + o.value())).toList();
		// then they come kind by kind in the file's order, the ledger's levels gravest first
		assertThat(offered).containsExactlyElementsOf(lines);
		assertThat(Labels.options("level")).extracting(Labels.Option::value).containsExactly("MAJOR", "REVIEW", "GENERAL");
	}

	@Test
	void a_code_has_one_word_for_the_console_and_the_exports() {
		// given a public report, which the ledger, the inspection form and the spreadsheets all name
		// when its words are asked for by kind, or as a bare code among the kinds a report shows
		String byKind = Labels.of("channel", "PUBLIC_REPORT");
		String bare = Labels.among(List.of("level", "channel", "status"), "PUBLIC_REPORT");
		// then both are the words the statistics have always used
		assertThat(byKind).isEqualTo("群众举报");
		assertThat(bare).isEqualTo(byKind);
		assertThat(Labels.of("trigger", "file change")).isEqualTo("规则目录文件变化");
		assertThat(Labels.of("field", "facility.name")).isEqualTo("机构名称");
	}

	@Test
	void a_code_the_file_does_not_know_is_shown_as_it_is_and_none_as_nothing() {
		// given a code no kind knows, and no code at all
		// when their words are asked for
		// then the code is shown as it is, and nothing as an empty string
		assertThat(Labels.of("channel", "CARRIER_PIGEON")).isEqualTo("CARRIER_PIGEON");
		assertThat(Labels.among(List.of("level", "channel"), "CARRIER_PIGEON")).isEqualTo("CARRIER_PIGEON");
		assertThat(Labels.of("channel", null)).isEmpty();
		assertThat(Labels.has("channel", null)).isFalse();
		assertThat(Labels.options("no such kind")).isEmpty();
	}

	private static List<String> unlabelled(Map<Class<? extends Enum<?>>, String> kinds) {
		return kinds.entrySet().stream()
			.flatMap(e -> unlabelled(e.getValue(), e.getKey().getEnumConstants()))
			.sorted()
			.toList();
	}

	/** A constant's code is its {@code toString()}: the name of a fact enum, the API value of a generated one. */
	private static Stream<String> unlabelled(String kind, Object[] constants) {
		return Stream.of(constants).map(String::valueOf).filter(code -> !Labels.has(kind, code))
			.map(code -> kind + "." + code);
	}

	/** The file's keys as its lines write them; a space in a key is written {@code \ }. */
	private static List<String> keyLines() throws IOException {
		try (Reader file = file()) {
			return new BufferedReader(file).lines().map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
				.map(l -> l.substring(0, l.indexOf('=')).strip().replace("\\ ", " "))
				.toList();
		}
	}

	private static Reader file() {
		InputStream in = Labels.class.getClassLoader().getResourceAsStream(Labels.FILE);
		assertThat(in).as("%s on the classpath", Labels.FILE).isNotNull();
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

}
