package cn.yeji.hazard.inspections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.system.ApiRequests;
import cn.yeji.hazard.system.InvalidRequestException;

/**
 * The requests the ledger recorded, read back for a revision's impact report. The report replays real
 * inspections beside the golden cases because the cases sit where the authors thought of looking, and the
 * ledger is where the institutions are. Read-only, newest first, bounded; used by {@code rules diff
 * --from-ledger} (no service running, plain JDBC) and by the service's revision review alike, so both
 * replay the same rows the same way.
 */
public final class RecordedInspections {

	/** Enough for a district's two years of district checks and self-checks; the report says when it stopped. */
	public static final int LIMIT = 5_000;

	private static final String SQL = """
			SELECT i.id, i.facility_id, i.inspection_date, i.request_json FROM inspection i
			ORDER BY i.inspection_date DESC, i.id DESC""";

	private RecordedInspections() {
	}

	/** A recorded request; {@code name} reads like a case name: {@code ledger/inspection-42 (F-1, 2026-03-02)}. */
	public record Recorded(String name, DeterminationRequestDto request) {
	}

	/**
	 * @param unreadable told about each stored request today's contract no longer reads (skipped, not guessed)
	 */
	public static List<Recorded> read(Connection connection, int limit, Consumer<String> unreadable) throws SQLException {
		List<Recorded> recorded = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(SQL)) {
			statement.setMaxRows(limit);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					String name = "ledger/inspection-" + rs.getLong("id") + " (" + rs.getString("facility_id") + ", "
							+ rs.getDate("inspection_date").toLocalDate() + ")";
					try {
						recorded.add(new Recorded(name, ApiRequests.read(
								rs.getString("request_json").getBytes(StandardCharsets.UTF_8), DeterminationRequestDto.class)));
					}
					catch (InvalidRequestException ex) {
						unreadable.accept(name + ": " + ex.getMessage());
					}
				}
			}
		}
		return recorded;
	}

}
