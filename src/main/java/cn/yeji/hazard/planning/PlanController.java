package cn.yeji.hazard.planning;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import cn.yeji.hazard.api.PlansApi;
import cn.yeji.hazard.api.model.PlanDto;
import cn.yeji.hazard.api.model.PlanRequestDto;
import cn.yeji.hazard.api.model.TaskDto;
import cn.yeji.hazard.api.model.TaskPageDto;
import cn.yeji.hazard.api.model.TaskStatusDto;
import cn.yeji.hazard.system.Page;
import cn.yeji.hazard.security.Callers;

/** {@code /api/v1/plans} and {@code /api/v1/tasks}, as the OpenAPI document declares them. */
@RestController
class PlanController implements PlansApi {

	private final Plans plans;

	private final Callers callers;

	PlanController(Plans plans, Callers callers) {
		this.plans = plans;
		this.callers = callers;
	}

	@Override
	public ResponseEntity<PlanDto> createPlan(PlanRequestDto r, Boolean dryRun) {
		Plans.Made made = plans.make(callers.current(), new Plans.Request(r.getYear(), r.getChecksPerFacility(), r.getInspectors(), r.getSeed(),
				r.getDepartments(), r.getTownship()), Boolean.TRUE.equals(dryRun));
		PlanDto dto = dto(made.plan(), made.facilities(), made.tasks().size())
			.tasks(made.tasks().stream().map(t -> drawn(t, made.plan().departments())).toList());
		if (made.id() == null) {
			return ResponseEntity.ok(dto);
		}
		dto.id(made.id()).tasks(plans.tasksOf(made.id()).stream().map(t -> task(t, plans.today())).toList());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + made.id())).body(dto);
	}

	@Override
	public ResponseEntity<PlanDto> getPlan(Long id) {
		PlanStore.PlanRow plan = plans.plan(id);
		List<TaskRow> tasks = plans.tasksOf(id);
		LocalDate today = plans.today();
		return ResponseEntity.ok(dto(plan, (int) tasks.stream().map(TaskRow::facilityId).distinct().count(),
				tasks.size()).id(id).tasks(tasks.stream().map(t -> task(t, today)).toList()));
	}

	@Override
	public ResponseEntity<List<PlanDto>> listPlans() {
		return ResponseEntity.ok(plans.plans().stream().map(p -> dto(p, null, null).id(p.id())).toList());
	}

	@Override
	public ResponseEntity<TaskPageDto> listTasks(String assignee, TaskStatusDto status, Integer quarter, Integer year,
			String township, String facilityId, Integer page, Integer size) {
		Page<TaskRow> rows = plans.tasks(callers.current(), assignee, status == null ? null : status.getValue(), quarter, year,
				township, facilityId, page, size);
		LocalDate today = plans.today();
		return ResponseEntity.ok(new TaskPageDto(rows.page(), rows.size(), rows.total(),
				rows.items().stream().map(t -> task(t, today)).toList()));
	}

	private static PlanDto dto(PlanStore.PlanRow p, Integer facilities, Integer taskCount) {
		return new PlanDto(p.year(), p.checksPerFacility(), p.seed(), p.inspectors(), facilities, taskCount)
			.departments(p.departments())
			.township(p.township())
			.createdBy(p.createdBy())
			.createdAt(p.createdAt());
	}

	private static TaskDto drawn(Draw.Drawn t, List<String> departments) {
		return new TaskDto(t.facilityId(), t.quarter(), t.dueOn(), t.assignee(), TaskStatusDto.OPEN, false).township(t.township())
			.departments(departments);
	}

	static TaskDto task(TaskRow t, LocalDate today) {
		boolean done = t.completedOn() != null;
		boolean overdue = t.overdue(today);
		return new TaskDto(t.facilityId(), t.quarter(), t.dueOn(), t.assignee(),
				done ? TaskStatusDto.DONE : overdue ? TaskStatusDto.OVERDUE : TaskStatusDto.OPEN, overdue)
			.id(t.id())
			.planId(t.planId())
			.facilityName(t.facilityName())
			.township(t.township())
			.departments(t.departments())
			.inspectionId(t.inspectionId())
			.completedOn(t.completedOn());
	}

}
