package cn.yeji.hazard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes a {@link Table} as a download: CSV (UTF-8 with BOM, so Excel shows the Chinese) or .xlsx. */
public final class Exports {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Rows kept in memory while an .xlsx is written; the rest are flushed to a temporary file. */
	private static final int XLSX_WINDOW = 200;

	private Exports() {
	}

	/** @param format {@code csv} or {@code xlsx} */
	public static ResponseEntity<Resource> response(Table table, String format, String baseName) {
		boolean xlsx = "xlsx".equals(format);
		byte[] bytes = xlsx ? xlsx(table) : csv(table);
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(baseName + (xlsx ? ".xlsx" : ".csv"), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new ByteArrayResource(bytes));
	}

	/**
	 * Writes the same download into a servlet response, for a console page whose handler answers HTML (its
	 * form again, with the problems) when the filters cannot be read.
	 */
	public static void send(Table table, String format, String baseName, HttpServletResponse response) {
		ResponseEntity<Resource> file = response(table, format, baseName);
		file.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		try (InputStream in = file.getBody().getInputStream()) {
			in.transferTo(response.getOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] csv(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
			writer.write('\uFEFF');
			printer.printRecord(table.headers());
			for (List<Object> row : table.rows()) {
				printer.printRecord(row.stream().map(Exports::csvCell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] xlsx(Table table) {
		return xlsx(List.of(table));
	}

	/**
	 * One sheet per table: a bold, frozen header with an autofilter, columns wide enough for their Chinese
	 * headers and values, dates as date cells and shares as percentages, so the officer can sort and filter
	 * at once.
	 */
	public static byte[] xlsx(List<Table> tables) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
			Styles styles = new Styles(workbook);
			for (Table table : tables) {
				sheet(workbook, styles, table);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A download of several tables, one sheet each (.xlsx only). */
	public static ResponseEntity<Resource> xlsxResponse(List<Table> tables, String baseName) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(baseName + ".xlsx", StandardCharsets.UTF_8).build().toString())
			.body(new ByteArrayResource(xlsx(tables)));
	}

	private static void sheet(SXSSFWorkbook workbook, Styles styles, Table table) {
		Sheet sheet = workbook.createSheet(table.sheet());
		int[] widths = new int[table.headers().size()];
		Row header = sheet.createRow(0);
		for (int c = 0; c < table.headers().size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(table.headers().get(c));
			cell.setCellStyle(styles.header);
			widths[c] = displayWidth(table.headers().get(c)) + 4;
		}
		int r = 1;
		for (List<Object> values : table.rows()) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < values.size(); c++) {
				write(row.createCell(c), values.get(c), styles);
				if (r <= WIDTH_SAMPLE) {
					widths[c] = Math.max(widths[c], displayWidth(csvCell(values.get(c))) + 2);
				}
			}
			r++;
		}
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c]) * 256);
		}
		sheet.createFreezePane(0, 1);
		if (!table.headers().isEmpty()) {
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, table.headers().size() - 1));
		}
	}

	/** Rows looked at for column widths; the rest of a long report keeps them. */
	private static final int WIDTH_SAMPLE = 500;

	/** Characters; a longer value wraps in Excel rather than pushing the sheet off the screen. */
	private static final int MAX_WIDTH = 60;

	/** Excel's column width is in characters of its default font: a Chinese character takes two. */
	static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += text.charAt(i) > 0x2E7F ? 2 : 1;
		}
		return width;
	}

	private static void write(Cell cell, Object value, Styles styles) {
		if (value instanceof Percent p) {
			cell.setCellValue(p.ratio());
			cell.setCellStyle(styles.percent);
		}
		else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (value instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(styles.date);
		}
		else if (value instanceof OffsetDateTime t) {
			cell.setCellValue(t.toLocalDateTime());
			cell.setCellStyle(styles.dateTime);
		}
		else if (value != null) {
			cell.setCellValue(text(value));
		}
	}

	/** The few cell styles a workbook shares (Excel limits their number). */
	private static final class Styles {

		final CellStyle header;

		final CellStyle date;

		final CellStyle dateTime;

		final CellStyle percent;

		Styles(SXSSFWorkbook workbook) {
			header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			DataFormat formats = workbook.createDataFormat();
			date = workbook.createCellStyle();
			date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
			dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
			percent = workbook.createCellStyle();
			percent.setDataFormat(formats.getFormat("0.0%"));
		}

	}

	/**
	 * Text a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe, so a
	 * name typed into a report cannot run in the officer's Excel; numbers stay numbers.
	 */
	static String csvCell(Object value) {
		String text = text(value);
		if (value instanceof Number || text.isEmpty()) {
			return text;
		}
		return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean b) {
			return b ? "是" : "否";
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return String.valueOf(value);
	}

}
