package cn.yeji.hazard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a downloaded .xlsx as an officer sees it in Excel: one line per row, cells joined by {@code |}. */
public final class Workbooks {

	private Workbooks() {
	}

	/** The rows of {@code sheet}, the header first; fails when the bytes are not a workbook or the sheet is missing. */
	public static List<String> lines(byte[] xlsx, String sheet) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet named = workbook.getSheet(sheet);
			if (named == null) {
				throw new IllegalArgumentException("no sheet " + sheet);
			}
			List<String> lines = new ArrayList<>();
			for (Row row : named) {
				StringBuilder line = new StringBuilder();
				row.forEach(cell -> line.append(cell).append('|'));
				lines.add(line.toString());
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
