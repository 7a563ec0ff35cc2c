package cn.yeji.hazard.console;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.system.Labels;
import cn.yeji.hazard.system.Labels.Option;

/**
 * The Chinese words for the ledger's codes, as its pages show them ({@code @ledgerLabels} in a template):
 * statuses, levels and channels, the kinds of history events, reports and activities. The words are the shared
 * ones ({@link Labels}), so a page names a code as the exports do. An unknown code is shown as it is.
 */
@Component("ledgerLabels")
public class LedgerLabels {

	/** The choices of one kind of code, in the order a form offers them. */
	public List<Option> options(String kind) {
		return Labels.options(kind);
	}

	/** {@code code} of {@code kind} (status, level, channel, event, source, complaintStatus, activity) in words. */
	public String of(String kind, Object code) {
		if (code == null) {
			return "";
		}
		return label(kind, code instanceof Enum<?> e ? e.name() : String.valueOf(code));
	}

	/** {@link #of}, for words written in Java (a notice). */
	public static String label(String kind, String code) {
		return Labels.of(kind, code);
	}

}
