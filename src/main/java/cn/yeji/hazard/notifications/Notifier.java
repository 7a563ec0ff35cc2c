package cn.yeji.hazard.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.yeji.hazard.security.Account;
import cn.yeji.hazard.security.Directory;
import cn.yeji.hazard.security.Role;
import cn.yeji.hazard.system.HazardSettings;

/**
 * Posts reminders. A feature posts in the transaction of the change that causes the reminder (the outbox):
 * when the change rolls back, so does the reminder, and nobody is told of what did not happen.
 */
@Service
public class Notifier {

	private final NotificationStore store;

	private final Directory directory;

	private final Clock clock;

	private final boolean mail;

	Notifier(NotificationStore store, Directory directory, Clock clock, HazardSettings settings) {
		this.store = store;
		this.directory = directory;
		this.clock = clock;
		this.mail = settings.notifications().mail().enabled();
	}

	/**
	 * Posts each notice once, in the caller's transaction (there must be one: a reminder without its change
	 * is what the outbox exists to prevent).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void post(List<Notice> notices) {
		notices.forEach(this::insert);
	}

	/**
	 * Posts a notice on its own, for the scan: the notice is about a state, not a change. Posting one that is
	 * there already (this scan's, a rescan's or another instance's) does nothing.
	 * @return whether it was new
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean postAlone(Notice notice) {
		try {
			return insert(notice);
		}
		catch (DuplicateKeyException raced) {
			return false;
		}
	}

	private boolean insert(Notice notice) {
		return store.insert(notice, OffsetDateTime.now(clock), mail ? MailOut.PENDING : null);
	}

	/**
	 * Who hears about a township's records: its township officers; the district officers for a record of no
	 * township, or of one that has no officer on file, so that a reminder always reaches someone.
	 */
	public List<String> officersOf(String township) {
		List<Account> officers = township == null ? List.of() : directory.withRole(Role.TOWNSHIP_OFFICER, township);
		return officers.isEmpty() ? districtOfficers() : names(officers);
	}

	public List<String> districtOfficers() {
		return names(directory.withRole(Role.DISTRICT_OFFICER, null));
	}

	private static List<String> names(List<Account> accounts) {
		return accounts.stream().map(Account::getUsername).toList();
	}

}
