package cn.yeji.hazard.notifications;

import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.security.Caller;

/** The bell in every page's header: how many of the signed-in user's reminders are unread. */
@ControllerAdvice(annotations = ConsolePages.class)
class Bell {

	private final Inbox inbox;

	Bell(Inbox inbox) {
		this.inbox = inbox;
	}

	/** {@code null} (no count shown) while the database does not answer: judging on site works without it. */
	@ModelAttribute("unreadNotifications")
	Long unread(Caller caller) {
		try {
			return inbox.unread(caller);
		}
		catch (DataAccessException unavailable) {
			return null;
		}
	}

}
