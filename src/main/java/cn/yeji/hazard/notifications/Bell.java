package cn.yeji.hazard.notifications;

import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.security.Callers;

/** The bell in every page's header: how many of the signed-in user's reminders are unread. */
@ControllerAdvice(annotations = ConsolePages.class)
class Bell {

	private final Inbox inbox;

	private final Callers callers;

	Bell(Inbox inbox, Callers callers) {
		this.inbox = inbox;
		this.callers = callers;
	}

	/**
	 * {@code null} (no count shown) while the database does not answer: judging on site works without it; 0 on
	 * the sign-in page.
	 */
	@ModelAttribute("unreadNotifications")
	Long unread() {
		try {
			return callers.signedIn().map(inbox::unread).orElse(0L);
		}
		catch (DataAccessException unavailable) {
			return null;
		}
	}

}
