package cn.yeji.hazard.notifications;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.security.Caller;

/** 提醒: the signed-in user's reminders, each linking to what it is about, and marking them read. */
@ConsolePages
class NotificationPages {

	private static final int PAGE_SIZE = 50;

	private final Inbox inbox;

	NotificationPages(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String list(Caller caller, @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("rows", inbox.page(caller, unread, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("unreadOnly", unread);
		return "notifications/notifications";
	}

	@PostMapping("/notifications/{id}/read")
	String read(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		inbox.markRead(caller, id);
		redirect.addFlashAttribute("notice", "已标为已读。");
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String readAll(Caller caller, RedirectAttributes redirect) {
		int marked = inbox.markAllRead(caller);
		redirect.addFlashAttribute("notice", "已将 " + marked + " 条提醒标为已读。");
		return "redirect:/notifications";
	}

}
