package cn.yeji.hazard.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.yeji.hazard.notifications.Notice;
import cn.yeji.hazard.notifications.NoticeKind;
import cn.yeji.hazard.notifications.ReminderSource;

/** Planned inspections past their due date and not done, to the inspector drawn for them, once per due date. */
@Component
class TaskReminders implements ReminderSource {

	private final PlanStore store;

	TaskReminders(PlanStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Notice> due(LocalDate today) {
		return store.overdue(today).stream().map(t -> notice(t, today)).toList();
	}

	private static Notice notice(TaskRow t, LocalDate today) {
		String joint = t.departments().isEmpty() ? "" : "（联合检查：" + String.join("、", t.departments()) + "）";
		return new Notice(NoticeKind.TASK_OVERDUE, Notice.TASK, String.valueOf(t.id()), t.dueOn().toString(), t.assignee(),
				t.facilityName() + " · 第 " + t.quarter() + " 季度检查",
				"检查任务" + joint + "应于 " + t.dueOn() + " 前完成，已逾期 " + ChronoUnit.DAYS.between(t.dueOn(), today)
						+ " 天。");
	}

}
