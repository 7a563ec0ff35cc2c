package cn.yeji.hazard.cadence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.yeji.hazard.compliance.AtRisk;
import cn.yeji.hazard.notifications.Notice;
import cn.yeji.hazard.notifications.NoticeKind;
import cn.yeji.hazard.notifications.Notifier;
import cn.yeji.hazard.notifications.ReminderSource;

/**
 * Institutions at risk of a cadence shortfall in the running year (the cadence report's forecast), to the
 * officers of their township: once per cadence and period, while there is still time to act.
 */
@Component
class CadenceReminders implements ReminderSource {

	private final CadenceReports reports;

	private final Notifier notifier;

	CadenceReminders(CadenceReports reports, Notifier notifier) {
		this.reports = reports;
		this.notifier = notifier;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Notice> due(LocalDate today) {
		return reports.report(today.getYear(), null, today)
			.atRisk()
			.stream()
			.flatMap(r -> notifier.officersOf(r.township()).stream().map(to -> notice(r, to)))
			.toList();
	}

	private static Notice notice(AtRisk.Risk r, String recipient) {
		return new Notice(NoticeKind.AT_RISK, Notice.FACILITY, r.facilityId(), r.ruleId() + "|" + r.period(), recipient,
				r.name() + " · " + r.ruleId() + " 频次可能不达标", r.reason() + "。");
	}

}
