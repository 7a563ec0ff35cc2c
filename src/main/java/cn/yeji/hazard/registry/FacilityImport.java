package cn.yeji.hazard.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import cn.yeji.hazard.registry.FacilityWorkbook.Problem;
import cn.yeji.hazard.registry.FacilityWorkbook.SheetRow;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.security.TownshipScope;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;

/**
 * Imports the registry from an .xlsx in the template's layout, read as a stream and bounded in bytes and
 * rows. Every bad cell is reported with its row and column; a file with any problem writes nothing, a good
 * one is written in one transaction, and importing the same file again changes nothing.
 */
@Service
class FacilityImport {

	/** As {@code spring.servlet.multipart.max-file-size}: no registry of a district comes near it. */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	/** Rows per sheet; a district has a few hundred institutions. */
	static final int MAX_ROWS = 5_000;

	private final Registry registry;

	private final TransactionTemplate transactions;

	FacilityImport(Registry registry, TransactionTemplate transactions) {
		this.registry = registry;
		this.transactions = transactions;
	}

	/** What an import did, or (dry run, or any problem) would do. */
	record Result(boolean dryRun, int rows, int created, int updated, int unchanged, List<Problem> problems) {
	}

	Result run(Caller caller, MultipartFile file, boolean dryRun, Registry.Source source) {
		if (file == null || file.isEmpty()) {
			throw invalid("请选择要导入的 .xlsx 文件");
		}
		if (file.getSize() > MAX_BYTES) {
			throw invalid("文件超过上限 " + MAX_BYTES / 1024 / 1024 + " MB");
		}
		Map<String, List<SheetRow>> sheets;
		try (InputStream in = file.getInputStream()) {
			sheets = read(in);
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			if (ex instanceof InvalidRequestException invalid) {
				throw invalid;
			}
			throw invalid("无法读取：不是 .xlsx 工作簿，或文件已损坏（" + ex.getClass().getSimpleName() + "）");
		}
		return run(caller, sheets, dryRun);
	}

	private Result run(Caller caller, Map<String, List<SheetRow>> sheets, boolean dryRun) {
		List<Problem> problems = new ArrayList<>();
		List<FacilityRecord> records = records(caller, sheets, problems);
		if (!problems.isEmpty()) {
			return new Result(dryRun, records.size(), 0, 0, 0, problems);
		}
		Map<Registry.Outcome, Integer> counts = new HashMap<>();
		records.forEach(r -> counts.merge(registry.outcome(r), 1, Integer::sum));
		if (!dryRun) {
			transactions.executeWithoutResult(status -> records.forEach(r -> registry.importRow(caller, r)));
		}
		return new Result(dryRun, records.size(), counts.getOrDefault(Registry.Outcome.CREATED, 0),
				counts.getOrDefault(Registry.Outcome.UPDATED, 0), counts.getOrDefault(Registry.Outcome.UNCHANGED, 0), problems);
	}

	/** The institutions of sheet 机构 with their buildings from sheet 建筑, every problem added. */
	private List<FacilityRecord> records(Caller caller, Map<String, List<SheetRow>> sheets, List<Problem> problems) {
		List<SheetRow> facilityRows = sheets.get(FacilityWorkbook.FACILITIES);
		if (facilityRows == null) {
			problems.add(new Problem(1, FacilityWorkbook.FACILITIES, "缺少工作表“机构”（请使用导入模板）"));
			return List.of();
		}
		Map<String, List<RegisteredBuilding>> buildings = buildings(sheets.get(FacilityWorkbook.BUILDINGS), problems);
		List<FacilityRecord> records = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (SheetRow row : facilityRows) {
			List<RegisteredBuilding> own = buildings.getOrDefault(row.get("机构编号"), List.of());
			FacilityRecord f = FacilityWorkbook.facility(row, own, problems);
			if (f.id() == null) {
				continue;
			}
			Integer first = seen.putIfAbsent(f.id(), row.number());
			if (first != null) {
				problems.add(new Problem(row.number(), "机构编号", "与第 " + first + " 行重复"));
				continue;
			}
			check(caller, row, f, problems);
			records.add(sheets.containsKey(FacilityWorkbook.BUILDINGS) ? f : keepBuildings(caller, f));
		}
		buildings.keySet().stream().filter(id -> !seen.containsKey(id))
			.forEach(id -> problems.add(new Problem(0, "机构编号", "工作表“建筑”中的机构 " + id + " 不在工作表“机构”中")));
		return records;
	}

	/** The registry's own checks, and the caller's township, as problems of the row's cells. */
	private void check(Caller caller, SheetRow row, FacilityRecord f, List<Problem> problems) {
		TownshipScope scope = caller.scope();
		if (f.township() != null && !scope.sees(f.township())) {
			problems.add(new Problem(row.number(), "所属乡镇（街道）", "只能导入本乡镇（街道）" + scope.township() + "的机构"));
		}
		for (FieldProblem p : registry.problems(f)) {
			problems.add(new Problem(row.number(), p.field().startsWith("buildings") ? "建筑编号" : "所属乡镇（街道）", p.message()));
		}
		try {
			FacilityRecord known = registry.get(caller, f.id());
			if (!scope.sees(known.township())) {
				problems.add(new Problem(row.number(), "机构编号", "不是本乡镇（街道）的机构"));
			}
		}
		catch (cn.yeji.hazard.system.NotFoundException unknownOrElsewhere) {
			// a new institution, or one the caller cannot see: registering it is checked by township above
		}
	}

	/** Without a sheet 建筑, the buildings on file stay as they are. */
	private FacilityRecord keepBuildings(Caller caller, FacilityRecord f) {
		try {
			List<RegisteredBuilding> onFile = registry.get(caller, f.id()).buildings();
			return new FacilityRecord(f.id(), f.name(), f.kind(), f.township(), f.regionCode(), f.address(),
					f.legalRepresentative(), f.personInCharge(), f.phone(), f.bedCount(), f.licenceNo(), f.starRating(),
					f.latitude(), f.longitude(), f.operatingSince(), onFile, f.version(), true, null);
		}
		catch (cn.yeji.hazard.system.NotFoundException newInstitution) {
			return f;
		}
	}

	private static Map<String, List<RegisteredBuilding>> buildings(List<SheetRow> rows, List<Problem> problems) {
		Map<String, List<RegisteredBuilding>> byFacility = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (SheetRow row : rows == null ? List.<SheetRow>of() : rows) {
			String facility = row.get("机构编号");
			RegisteredBuilding b = FacilityWorkbook.building(row, problems);
			if (facility == null) {
				problems.add(new Problem(row.number(), "机构编号", "必填"));
			}
			else if (b.id() != null && !seen.add(facility + "/" + b.id())) {
				problems.add(new Problem(row.number(), "建筑编号", "同一机构的建筑编号重复"));
			}
			else if (b.id() != null) {
				byFacility.computeIfAbsent(facility, k -> new ArrayList<>()).add(b);
			}
		}
		return byFacility;
	}

	/** Every sheet's rows by header, streamed from the workbook (no whole-sheet model in memory). */
	private static Map<String, List<SheetRow>> read(InputStream in)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
		try (OPCPackage pkg = OPCPackage.open(in)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (it.hasNext()) {
				try (InputStream sheet = it.next()) {
					Rows rows = new Rows();
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows, isoDates(), false));
					parser.parse(new InputSource(sheet));
					sheets.put(it.getSheetName().strip(), rows.rows());
				}
			}
		}
		return sheets;
	}

	/** Date cells as ISO dates, whatever their display format; other cells as Excel shows them. One per read. */
	private static DataFormatter isoDates() {
		return new DataFormatter(Locale.ROOT) {

			@Override
			public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
				if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
					return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
				}
				return super.formatRawCellContents(value, formatIndex, formatString, use1904);
			}

		};
	}

	/** Collects one sheet: row 1 holds the headers, later rows their cells; blank rows are skipped. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Map<Integer, String> headers = new HashMap<>();

		private final List<SheetRow> rows = new ArrayList<>();

		private Map<String, String> current;

		private int number;

		@Override
		public void startRow(int rowNum) {
			if (rowNum > MAX_ROWS) {
				throw invalid("工作表超过 " + MAX_ROWS + " 行，请分批导入");
			}
			number = rowNum + 1;
			current = new HashMap<>();
		}

		@Override
		public void endRow(int rowNum) {
			if (rowNum > 0 && current.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
				rows.add(new SheetRow(number, current));
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			if (number == 1) {
				headers.put(column, value == null ? "" : value.strip());
			}
			else if (headers.containsKey(column)) {
				current.put(headers.get(column), value);
			}
		}

		List<SheetRow> rows() {
			return rows;
		}

	}

	private static InvalidRequestException invalid(String message) {
		return new InvalidRequestException(List.of(new FieldProblem("file", null, message)));
	}

}
