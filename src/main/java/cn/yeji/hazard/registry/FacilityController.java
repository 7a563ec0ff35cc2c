package cn.yeji.hazard.registry;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.yeji.hazard.api.FacilitiesApi;
import cn.yeji.hazard.api.model.ExportFormatDto;
import cn.yeji.hazard.api.model.FacilityImportDto;
import cn.yeji.hazard.api.model.FacilityKindDto;
import cn.yeji.hazard.api.model.FacilityRecordDto;
import cn.yeji.hazard.api.model.FacilityRecordInputDto;
import cn.yeji.hazard.api.model.FacilityRecordPageDto;
import cn.yeji.hazard.api.model.FacilityRecordUpdateDto;
import cn.yeji.hazard.api.model.ImportProblemDto;
import cn.yeji.hazard.export.Exports;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.security.Callers;

/** {@code /api/v1/facilities}: the registry (一院一档), as the OpenAPI document declares it. */
@RestController
class FacilityController implements FacilitiesApi {

	private final Registry registry;

	private final FacilityImport imports;

	private final Clock clock;

	private final Callers callers;

	FacilityController(Registry registry, FacilityImport imports, Clock clock, Callers callers) {
		this.registry = registry;
		this.imports = imports;
		this.clock = clock;
		this.callers = callers;
	}

	@Override
	public ResponseEntity<FacilityRecordPageDto> listFacilities(String township, FacilityKindDto kind, String q,
			Integer page, Integer size) {
		Page<FacilityRecord> rows = registry.page(callers.current(), township, kind == null ? null : kind.getValue(), q, page, size);
		return ResponseEntity.ok(new FacilityRecordPageDto(rows.page(), rows.size(), rows.total(),
				rows.items().stream().map(f -> FacilityDtos.dto(f, null)).toList()));
	}

	@Override
	public ResponseEntity<FacilityRecordDto> registerFacility(FacilityRecordInputDto input) {
		Caller caller = callers.current();
		FacilityRecord f = registry.register(caller, FacilityDtos.record(input), Registry.Source.API);
		return ResponseEntity.created(URI.create("/api/v1/facilities/" + f.id())).body(FacilityDtos.dto(f, registry.history(caller, f.id())));
	}

	@Override
	public ResponseEntity<FacilityRecordDto> getFacility(String facilityId) {
		Caller caller = callers.current();
		return ResponseEntity.ok(FacilityDtos.dto(registry.get(caller, facilityId), registry.history(caller, facilityId)));
	}

	@Override
	public ResponseEntity<FacilityRecordDto> updateFacility(String facilityId, FacilityRecordUpdateDto update) {
		Caller caller = callers.current();
		FacilityRecord f = registry.update(caller, facilityId, FacilityDtos.record(facilityId, update), update.getVersion(),
				Registry.Source.API);
		return ResponseEntity.ok(FacilityDtos.dto(f, registry.history(caller, facilityId)));
	}

	@Override
	public ResponseEntity<Resource> facilityImportTemplate() {
		return Exports.xlsxResponse(FacilityWorkbook.template(), "facility-import-template");
	}

	@Override
	public ResponseEntity<FacilityImportDto> importFacilities(MultipartFile file, Boolean dryRun) {
		FacilityImport.Result r = imports.run(callers.current(), file, Boolean.TRUE.equals(dryRun), Registry.Source.API);
		return ResponseEntity.ok(new FacilityImportDto(r.dryRun(), r.rows(), r.created(), r.updated(), r.unchanged(),
				r.problems().stream().map(p -> new ImportProblemDto(p.row(), p.column(), p.message())).toList()));
	}

	@Override
	public ResponseEntity<Resource> exportFacilities(ExportFormatDto format, String township) {
		List<FacilityRecord> all = registry.all(callers.current(), township);
		String name = "facility-registry-" + LocalDate.now(clock);
		return format == ExportFormatDto.XLSX ? Exports.xlsxResponse(FacilityWorkbook.tables(all), name)
				: Exports.response(FacilityWorkbook.tables(all).get(0), format.getValue(), name);
	}

}
