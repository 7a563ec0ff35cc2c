package cn.yeji.hazard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
			Sheet sheet = workbook.createSheet(table.sheet());
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < table.headers().size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(table.headers().get(c));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (List<Object> values : table.rows()) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					write(row.createCell(c), values.get(c));
				}
			}
			sheet.createFreezePane(0, 1);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Cell cell, Object value) {
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(text(value));
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
