package cn.yeji.hazard.notifications;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import cn.yeji.hazard.security.Directory;
import cn.yeji.hazard.system.HazardSettings;

/**
 * E-mail copies of reminders, sent after the reminder's transaction committed: a notification waits as
 * PENDING and is claimed (PENDING → SENDING) before it is sent, so two instances never send one twice and a
 * rolled-back change never sends any. Off unless {@code hazard.notifications.mail.enabled}.
 */
@Component
class MailOut {

	static final String PENDING = "PENDING";

	private static final Logger log = LoggerFactory.getLogger(MailOut.class);

	private final NotificationStore store;

	private final Directory directory;

	private final HazardSettings.Mail settings;

	private final JavaMailSender sender;

	MailOut(NotificationStore store, Directory directory, HazardSettings settings, ObjectProvider<JavaMailSender> sender) {
		this.store = store;
		this.directory = directory;
		this.settings = settings.notifications().mail();
		this.sender = sender.getIfAvailable();
		if (this.settings.enabled() && this.sender == null) {
			throw new IllegalStateException("hazard.notifications.mail.enabled=true 需要配置 spring.mail.host（SMTP 服务器）");
		}
	}

	boolean enabled() {
		return settings.enabled();
	}

	/** Sends what waits, a batch at a time. @return how many went out */
	int sendPending() {
		if (!settings.enabled()) {
			return 0;
		}
		int sent = 0;
		for (NotificationRow n : store.mailPending(200)) {
			if (store.mailState(n.id(), PENDING, "SENDING")) {
				sent += send(n) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean send(NotificationRow n) {
		Optional<String> to = directory.email(n.recipient());
		if (to.isEmpty()) {
			store.mailState(n.id(), "SENDING", "NO_ADDRESS");
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.from());
		message.setTo(to.get());
		message.setSubject("【" + n.kind().label() + "】" + n.title());
		message.setText(n.body() + "\n\n请登录工作台查看：" + n.link());
		try {
			sender.send(message);
			store.mailState(n.id(), "SENDING", "SENT");
			return true;
		}
		catch (MailException ex) {
			// back in the queue: the next round tries again, the in-app reminder is there regardless
			log.warn("could not e-mail notification {} to {}: {}", n.id(), n.recipient(), ex.getMessage());
			store.mailState(n.id(), "SENDING", PENDING);
			return false;
		}
	}

}
