package cn.yeji.hazard.notifications;

import java.util.Map;
import java.util.Set;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.console.ListQuery;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.system.Page;

/** 提醒: the signed-in user's reminders, each linking to what it is about, and marking them read. */
@ConsolePages
class NotificationPages {

	private final Inbox inbox;

	NotificationPages(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String list(Caller caller, @RequestParam Map<String, String> params, Model model) {
		ListQuery query = ListQuery.of("/notifications", params).choice("unread", Set.of("true", "false"));
		boolean unread = "true".equals(query.value("unread"));
		Page<NotificationRow> rows = inbox.page(caller, unread, query.page(), query.size());
		query.describe(model, rows.total());
		model.addAttribute("rows", rows);
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
