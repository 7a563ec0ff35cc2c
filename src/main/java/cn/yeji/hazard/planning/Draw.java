package cn.yeji.hazard.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The random draw of a plan (双随机): for each of the year's checks, the institutions in a shuffled order,
 * each paired with an inspector drawn among those who may check it, never the one who had it the check
 * before while another may. Deterministic: the same seed, institutions and inspectors give the same draw
 * ({@link java.util.Random}'s sequence is fixed by its specification).
 */
final class Draw {

	/** An institution to plan: its id and township. */
	record Institution(String id, String township) {
	}

	/** An inspector to draw: a district-wide one has no township. */
	record Inspector(String username, String township) {

		boolean mayCheck(Institution i) {
			return township == null || township.equals(i.township());
		}

	}

	/** One drawn task. */
	record Drawn(String facilityId, String township, int quarter, LocalDate dueOn, String assignee) {
	}

	private Draw() {
	}

	/**
	 * @param checks checks per institution in the year, spread over its quarters (4: one a quarter)
	 * @throws IllegalArgumentException naming an institution no inspector may check
	 */
	static List<Drawn> draw(long seed, int year, int checks, List<Institution> institutions, List<Inspector> inspectors) {
		Random random = new Random(seed);
		List<Institution> order = institutions.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
		List<Inspector> pool = inspectors.stream().sorted((a, b) -> a.username().compareTo(b.username())).toList();
		Map<String, String> last = new HashMap<>();
		List<Drawn> tasks = new ArrayList<>();
		for (int k = 0; k < checks; k++) {
			int quarter = k * 4 / checks + 1;
			LocalDate due = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
			List<Institution> shuffled = new ArrayList<>(order);
			Collections.shuffle(shuffled, random);
			for (Institution i : shuffled) {
				String assignee = pick(random, i, pool, last.get(i.id()));
				last.put(i.id(), assignee);
				tasks.add(new Drawn(i.id(), i.township(), quarter, due, assignee));
			}
		}
		return tasks;
	}

	private static String pick(Random random, Institution i, List<Inspector> pool, String previous) {
		List<Inspector> eligible = pool.stream().filter(p -> p.mayCheck(i)).toList();
		if (eligible.isEmpty()) {
			throw new IllegalArgumentException(i.id());
		}
		List<Inspector> others = eligible.stream().filter(p -> !p.username().equals(previous)).toList();
		List<Inspector> from = others.isEmpty() ? eligible : others;
		return from.get(random.nextInt(from.size())).username();
	}

}
