package cn.yeji.hazard.export;

import java.util.List;

/**
 * A report as rows under Chinese headers. Cells are strings, numbers, booleans, dates or {@code null}.
 *
 * @param sheet the Excel sheet's name
 */
public record Table(String sheet, List<String> headers, List<List<Object>> rows) {

	public Table {
		for (List<Object> row : rows) {
			if (row.size() != headers.size()) {
				throw new IllegalArgumentException("row of " + row.size() + " cells under " + headers.size() + " headers");
			}
		}
	}

}
