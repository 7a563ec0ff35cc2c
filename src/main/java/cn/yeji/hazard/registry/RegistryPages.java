package cn.yeji.hazard.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.api.model.FacilityRecordInputDto;
import cn.yeji.hazard.api.model.FacilityRecordUpdateDto;
import cn.yeji.hazard.export.Exports;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.FieldErrors;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.ForbiddenException;
import cn.yeji.hazard.system.FormTree;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.console.FormBody;
import cn.yeji.hazard.console.ListQuery;
import cn.yeji.hazard.security.Caller;

/**
 * The registry in the console (机构档案): the list, registering an institution, changing its record, and the
 * Excel template, import and export. The institution's own page, with everything the ledger holds of it,
 * is the ledger's ({@code /facilities/{id}}).
 */
@ConsolePages
class RegistryPages {

	/** The record's fields a console form may give ({@code FacilityRecordInput}); its buildings are rows. */
	private static final List<String> RECORD = List.of("id", "name", "kind", "township", "regionCode", "address",
			"legalRepresentative", "personInCharge", "phone", "bedCount", "licenceNo", "starRating", "latitude",
			"longitude", "operatingSince");

	/** A change of the record also names the version it was made to ({@code FacilityRecordUpdate}). */
	private static final List<String> UPDATE = Stream.concat(RECORD.stream(), Stream.of("version")).toList();

	private static final List<String> LISTS = List.of("buildings");

	private final Registry registry;

	private final FacilityImport imports;

	private final Clock clock;

	RegistryPages(Registry registry, FacilityImport imports, Clock clock) {
		this.registry = registry;
		this.imports = imports;
		this.clock = clock;
	}

	@GetMapping("/facilities")
	String list(Caller caller, @RequestParam Map<String, String> params, Model model) {
		return list(caller, params, Map.of(), Map.of(), model);
	}

	@PostMapping("/facilities")
	String register(Caller caller, @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		FormBody form = FormBody.of(params, RECORD, LISTS);
		try {
			FacilityRecordInputDto dto = form.bind(FacilityRecordInputDto.class);
			FacilityRecord f = form.write(() -> registry.register(caller, FacilityDtos.record(dto), Registry.Source.CONSOLE));
			redirect.addFlashAttribute("notice", "已登记机构 " + f.name() + "（" + f.id() + "）。");
			return "redirect:/facilities/" + f.id();
		}
		catch (InvalidRequestException | ForbiddenException | ConflictException ex) {
			response.setStatus(status(ex));
			return list(caller, Map.of(), values(params), errors(ex), model);
		}
	}

	@GetMapping("/facilities/{id}/edit")
	String edit(Caller caller, @PathVariable String id, Model model) {
		FacilityRecord f = registry.get(caller, id);
		return edit(f, values(f), Map.of(), model);
	}

	@PostMapping("/facilities/{id}")
	String update(Caller caller, @PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FacilityRecord current = registry.get(caller, id);
		FormBody form = FormBody.of(params, UPDATE, LISTS).with("id", id);
		try {
			FacilityRecordUpdateDto dto = form.bind(FacilityRecordUpdateDto.class);
			form.write(() -> registry.update(caller, id, FacilityDtos.record(id, dto), dto.getVersion(), Registry.Source.CONSOLE));
			redirect.addFlashAttribute("notice", "机构档案已保存。");
			return "redirect:/facilities/" + id;
		}
		catch (InvalidRequestException | ForbiddenException | ConflictException ex) {
			response.setStatus(status(ex));
			return edit(registry.get(caller, id), values(params), errors(ex), model);
		}
	}

	@PostMapping("/facilities/import")
	String importWorkbook(Caller caller, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("result", imports.run(caller, file, dryRun, Registry.Source.CONSOLE));
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			model.addAttribute("errors", FieldErrors.of(ex));
		}
		return "registry/import";
	}

	@GetMapping("/facilities/import-template")
	ResponseEntity<Resource> template() {
		return Exports.xlsxResponse(FacilityWorkbook.template(), "facility-import-template");
	}

	@GetMapping("/facilities/export")
	ResponseEntity<Resource> export(Caller caller, @RequestParam(defaultValue = "xlsx") String format,
			@RequestParam(required = false) String township) {
		List<FacilityRecord> all = registry.all(caller, township);
		String name = "facility-registry-" + LocalDate.now(clock);
		return "csv".equals(format) ? Exports.response(FacilityWorkbook.tables(all).get(0), "csv", name)
				: Exports.xlsxResponse(FacilityWorkbook.tables(all), name);
	}

	private String list(Caller caller, Map<String, String> params, Map<String, String> values, Map<String, String> errors,
			Model model) {
		ListQuery query = ListQuery.of("/facilities", params).text("q").text("township");
		Page<FacilityRecord> rows = registry.page(caller, query.value("township"), null, query.value("q"), query.page(),
				query.size());
		query.describe(model, rows.total());
		model.addAttribute("rows", rows);
		model.addAttribute("xlsxHref", query.href("/facilities/export", "format", "xlsx"));
		model.addAttribute("csvHref", query.href("/facilities/export", "format", "csv"));
		model.addAttribute("values", Map.of("", values));
		model.addAttribute("errors", errors);
		return "registry/facilities";
	}

	private String edit(FacilityRecord f, Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("facility", f);
		model.addAttribute("values", Map.of("", values));
		model.addAttribute("errors", errors);
		model.addAttribute("buildingRows", buildingRows(values));
		return "registry/facility-edit";
	}

	/** Each problem beside its control (the page's only form is nameless: a control's id is its name). */
	private static Map<String, String> errors(RuntimeException ex) {
		if (ex instanceof InvalidRequestException invalid) {
			return FieldErrors.of(invalid);
		}
		if (ex instanceof ForbiddenException forbidden) {
			return FieldErrors.of(List.of(forbidden.problem()));
		}
		return FieldErrors.of(List.of(new FieldProblem("version", null, "已被他人修改：" + ex.getMessage())));
	}

	private static int status(RuntimeException ex) {
		return ex instanceof InvalidRequestException ? 400 : ex instanceof ForbiddenException ? 403 : 409;
	}

	/** The record as the form's controls hold it. */
	private static Map<String, String> values(FacilityRecord f) {
		Map<String, String> v = new LinkedHashMap<>();
		f.facts().forEach(v::put);
		v.keySet().removeIf(k -> k.startsWith("buildings["));
		for (int i = 0; i < f.buildings().size(); i++) {
			RegisteredBuilding b = f.buildings().get(i);
			put(v, "buildings[" + i + "].id", b.id());
			put(v, "buildings[" + i + "].name", b.name());
			put(v, "buildings[" + i + "].appraisalGrade", b.appraisalGrade());
			put(v, "buildings[" + i + "].appraisedOn", b.appraisedOn());
			put(v, "buildings[" + i + "].fireAcceptance", b.fireAcceptance());
		}
		v.put("version", String.valueOf(f.version()));
		return v;
	}

	private static Map<String, String> values(MultiValueMap<String, String> params) {
		Map<String, String> v = new LinkedHashMap<>();
		params.forEach((k, list) -> put(v, k, FormTree.first(list)));
		v.remove("_csrf");
		return v;
	}

	private static void put(Map<String, String> v, String key, Object value) {
		if (value != null) {
			v.put(key, String.valueOf(value));
		}
	}

	/** The buildings the form shows: those given, and one blank row to add another. */
	private static int buildingRows(Map<String, String> values) {
		int rows = 0;
		for (String k : values.keySet()) {
			if (k.startsWith("buildings[")) {
				rows = Math.max(rows, Integer.parseInt(k.substring(10, k.indexOf(']'))) + 1);
			}
		}
		return rows + 1;
	}

}
