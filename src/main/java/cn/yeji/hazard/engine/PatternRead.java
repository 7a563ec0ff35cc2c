package cn.yeji.hazard.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * What one pattern of a rule's conditions reads: its fact type, the record components its constraints name
 * (dotted for nested records, e.g. {@code sandwichPanel.present}) and the text literals that name which fact
 * the pattern means ({@code code == "BLOCKED_EXIT"}, {@code name == "crowdedElementsForMajor"}), taken only from
 * constraints every match must meet. Accessors are resolved once, at compile time: reflection over record
 * components per fact and per explanation costs more than the evaluation itself.
 *
 * @param text the pattern as written, on one line, for a note saying no fact met it
 */
record PatternRead(Class<?> type, List<Chain> fields, List<Literal> literals, String text) {

	/** A run of record components from the pattern's type, e.g. {@code sandwichPanel.present}. */
	record Chain(String name, List<Method> accessors) {

		/** The value at the end of the chain; {@code null} when any link is {@code null}. */
		Object valueOf(Object fact) {
			Object current = fact;
			for (Method accessor : accessors) {
				if (current == null) {
					return null;
				}
				try {
					current = accessor.invoke(current);
				}
				catch (IllegalAccessException | InvocationTargetException ex) {
					return null;
				}
			}
			return current;
		}

	}

	/** {@code chain == "text"}. */
	record Literal(Chain chain, String text) {

		boolean metBy(Object fact) {
			Object value = chain.valueOf(fact);
			return value != null && text.equals(String.valueOf(value));
		}

	}

}
