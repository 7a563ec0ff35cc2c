package cn.yeji.hazard.notifications;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature that knows what is due: the periodic scan asks every source, on one instance, and posts what they
 * answer. A source answers the same reminders for the same day however often it is asked; the notification
 * table keeps each one once.
 */
public interface ReminderSource {

	List<Notice> due(LocalDate today);

}
