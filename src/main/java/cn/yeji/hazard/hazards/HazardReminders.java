package cn.yeji.hazard.hazards;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.yeji.hazard.notifications.Notice;
import cn.yeji.hazard.notifications.NoticeKind;
import cn.yeji.hazard.notifications.Notifier;
import cn.yeji.hazard.notifications.ReminderSource;
import cn.yeji.hazard.system.HazardSettings;

/**
 * Ledger entries whose deadline is near (N days, to the township officers) or past (to the township officers
 * at once, and to the district officers once M days overdue). Each reminder is about one deadline: a new
 * deadline set by reassignment is reminded of again, the same one never.
 */
@Component
class HazardReminders implements ReminderSource {

	private final HazardStore store;

	private final Notifier notifier;

	private final HazardSettings.Notifications settings;

	HazardReminders(HazardStore store, Notifier notifier, HazardSettings settings) {
		this.store = store;
		this.notifier = notifier;
		this.settings = settings.notifications();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Notice> due(LocalDate today) {
		List<Notice> notices = new ArrayList<>();
		for (HazardRow h : store.dueBy(today.plusDays(settings.deadlineDays()))) {
			long late = ChronoUnit.DAYS.between(h.deadline(), today);
			if (late <= 0) {
				String when = late == 0 ? "今天到期" : "还有 " + -late + " 天";
				notices.addAll(to(notifier.officersOf(h.township()), h, NoticeKind.DEADLINE_NEAR,
						"整改期限 " + h.deadline() + "，" + when + "。整改责任单位：" + orDash(h.rectificationUnit())
								+ "，责任人：" + orDash(h.responsiblePerson()) + "。"));
				continue;
			}
			String overdue = "整改期限 " + h.deadline() + "，已逾期 " + late + " 天，尚未销号（当前：" + h.status().label() + "）。";
			notices.addAll(to(notifier.officersOf(h.township()), h, NoticeKind.HAZARD_OVERDUE, overdue));
			if (late >= settings.districtAfterDays()) {
				notices.addAll(to(notifier.districtOfficers(), h, NoticeKind.HAZARD_LONG_OVERDUE,
						overdue + (h.township() == null ? "" : "所属乡镇（街道）：" + h.township() + "。")));
			}
		}
		return notices;
	}

	private static List<Notice> to(List<String> recipients, HazardRow h, NoticeKind kind, String body) {
		return recipients.stream()
			.map(r -> new Notice(kind, Notice.HAZARD, String.valueOf(h.id()), h.deadline().toString(), r,
					h.facilityName() + " · " + h.title(), body))
			.toList();
	}

	private static String orDash(String value) {
		return value == null ? "—" : value;
	}

}
