package cn.yeji.hazard.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.system.NotFoundException;
import cn.yeji.hazard.system.Page;

/** The signed-in user's own notifications: nobody reads or marks another's. */
@Service
class Inbox {

	private final NotificationStore store;

	private final Clock clock;

	Inbox(NotificationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<NotificationRow> page(Caller caller, boolean unreadOnly, int page, int size) {
		return store.inbox(me(caller), unreadOnly, page, size);
	}

	long unread(Caller caller) {
		String me = caller.username();
		return me == null ? 0 : store.unread(me);
	}

	/** @throws NotFoundException for another user's notification, as for one that does not exist */
	@Transactional
	NotificationRow markRead(Caller caller, long id) {
		String me = me(caller);
		NotificationRow row = store.find(id).filter(n -> n.recipient().equals(me))
			.orElseThrow(() -> new NotFoundException("提醒", id));
		store.markRead(id, me, OffsetDateTime.now(clock));
		return store.find(id).orElseThrow();
	}

	@Transactional
	int markAllRead(Caller caller) {
		return store.markAllRead(me(caller), OffsetDateTime.now(clock));
	}

	private static String me(Caller caller) {
		String me = caller.username();
		if (me == null) {
			throw new IllegalStateException("no one signed in");
		}
		return me;
	}

}
