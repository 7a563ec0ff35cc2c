package cn.yeji.hazard.notifications;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.NotificationsApi;
import cn.yeji.hazard.api.model.NotificationDto;
import cn.yeji.hazard.api.model.NotificationPageDto;
import cn.yeji.hazard.api.model.NotificationsMarkedDto;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.security.Callers;

/** {@code /api/v1/notifications}, as the OpenAPI document declares it: the caller's own reminders. */
@RestController
class NotificationController implements NotificationsApi {

	private final Inbox inbox;

	private final Callers callers;

	NotificationController(Inbox inbox, Callers callers) {
		this.inbox = inbox;
		this.callers = callers;
	}

	@Override
	public ResponseEntity<NotificationPageDto> listNotifications(Boolean unread, Integer page, Integer size) {
		Caller caller = callers.current();
		Page<NotificationRow> rows = inbox.page(caller, Boolean.TRUE.equals(unread), page, size);
		NotificationPageDto dto = new NotificationPageDto();
		dto.page(rows.page()).size(rows.size()).total(rows.total());
		return ResponseEntity.ok(dto.unread(inbox.unread(caller)).items(rows.items().stream().map(NotificationController::dto).toList()));
	}

	@Override
	public ResponseEntity<NotificationDto> markNotificationRead(Long id) {
		return ResponseEntity.ok(dto(inbox.markRead(callers.current(), id)));
	}

	@Override
	public ResponseEntity<NotificationsMarkedDto> markAllNotificationsRead() {
		return ResponseEntity.ok(new NotificationsMarkedDto().marked(inbox.markAllRead(callers.current())));
	}

	private static NotificationDto dto(NotificationRow n) {
		return new NotificationDto().id(n.id())
			.kind(NotificationDto.KindEnum.fromValue(n.kind().name()))
			.kindLabel(n.kind().label())
			.subjectType(NotificationDto.SubjectTypeEnum.fromValue(n.subjectType()))
			.subjectId(n.subjectId())
			.title(n.title())
			.body(n.body())
			.link(n.link())
			.createdAt(n.createdAt())
			.readAt(n.readAt());
	}

}
