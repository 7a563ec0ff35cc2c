package cn.yeji.hazard.planning;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.yeji.hazard.registry.FacilityRecord;
import cn.yeji.hazard.registry.Registry;
import cn.yeji.hazard.rules.RulesetHolder;
import cn.yeji.hazard.security.Account;
import cn.yeji.hazard.security.Directory;
import cn.yeji.hazard.security.Role;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.NotFoundException;
import cn.yeji.hazard.system.Page;

/** Making plans over the registry, listing their tasks, and completing a task when its inspection is recorded. */
@Service
public class Plans {

	/** What a plan asks for; {@code checks} and {@code seed} may be {@code null} (the pack's number, a new seed). */
	record Request(int year, Integer checks, List<String> inspectors, Long seed, List<String> departments, String township) {
	}

	/** A plan and its tasks; {@code id} is {@code null} on a dry run. */
	record Made(Long id, PlanStore.PlanRow plan, List<Draw.Drawn> tasks, int facilities) {
	}

	private static final SecureRandom SEEDS = new SecureRandom();

	private final PlanStore store;

	private final Registry registry;

	private final Directory directory;

	private final RulesetHolder rulesets;

	private final Clock clock;

	Plans(PlanStore store, Registry registry, Directory directory, RulesetHolder rulesets, Clock clock) {
		this.store = store;
		this.registry = registry;
		this.directory = directory;
		this.rulesets = rulesets;
		this.clock = clock;
	}

	@Transactional
	Made make(Caller caller, Request r, boolean dryRun) {
		List<Draw.Inspector> inspectors = inspectors(r.inspectors());
		List<Draw.Institution> institutions = registry.all(caller, r.township()).stream()
			.filter(FacilityRecord::registered)
			.filter(f -> "INSTITUTION".equals(f.kind()) || f.kind() == null)
			.map(f -> new Draw.Institution(f.id(), f.township()))
			.toList();
		if (institutions.isEmpty()) {
			throw invalid("township", r.township(), "没有已登记的养老机构可以安排检查（先在机构档案中登记）");
		}
		int checks = r.checks() != null ? r.checks() : districtChecksPerYear();
		long seed = r.seed() != null ? r.seed() : SEEDS.nextLong();
		List<Draw.Drawn> tasks;
		try {
			tasks = Draw.draw(seed, r.year(), checks, institutions, inspectors);
		}
		catch (IllegalArgumentException unreachable) {
			throw invalid("inspectors", r.inspectors(), "没有可以检查机构 " + unreachable.getMessage() + " 的检查人员（乡镇人员只能检查本乡镇的机构）");
		}
		List<String> departments = r.departments() == null ? List.of() : r.departments();
		PlanStore.PlanRow plan = new PlanStore.PlanRow(0, r.year(), checks, seed,
				inspectors.stream().map(Draw.Inspector::username).toList(), departments, r.township(), caller.username(),
				OffsetDateTime.now(clock));
		if (dryRun) {
			return new Made(null, plan, tasks, institutions.size());
		}
		long id = store.insert(plan);
		tasks.forEach(t -> store.insertTask(id, t, departments));
		return new Made(id, plan, tasks, institutions.size());
	}

	/** The task, if the caller's scope sees it. */
	public Optional<TaskRow> task(Caller caller, long id) {
		return store.task(id).filter(t -> caller.scope().sees(t.township()));
	}

	PlanStore.PlanRow plan(long id) {
		return store.plan(id).orElseThrow(() -> new NotFoundException("检查计划", id));
	}

	List<PlanStore.PlanRow> plans() {
		return store.plans();
	}

	List<TaskRow> tasksOf(long planId) {
		plan(planId);
		return store.tasksOf(planId);
	}

	/** @param assignee {@code me} for the signed-in user */
	public Page<TaskRow> tasks(Caller caller, String assignee, String status, Integer quarter, Integer year, String township,
			String facilityId, int page, int size) {
		String who = "me".equals(assignee) ? caller.username() : assignee;
		return store.tasks(who, status, quarter, year, caller.scope().narrow(township), facilityId, today(), page, size);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Completes a planned task with the inspection recorded for it, in the recording's transaction.
	 * @throws InvalidRequestException naming {@code inspection.taskId} when the task is unknown, another
	 * institution's or already done
	 */
	public void complete(Caller caller, long taskId, String facilityId, long inspectionId, LocalDate on) {
		Optional<TaskRow> task = store.task(taskId).filter(t -> caller.scope().sees(t.township()));
		if (task.isEmpty()) {
			throw invalid("inspection.taskId", taskId, "没有这个检查任务");
		}
		if (!task.get().facilityId().equals(facilityId)) {
			throw invalid("inspection.taskId", taskId, "这个任务检查的是机构 " + task.get().facilityId() + "，不是 " + facilityId);
		}
		if (!store.complete(taskId, inspectionId, on)) {
			throw invalid("inspection.taskId", taskId, "这个任务已于 " + task.get().completedOn() + " 完成（检查记录 "
					+ task.get().inspectionId() + "）");
		}
	}

	private List<Draw.Inspector> inspectors(List<String> names) {
		List<Draw.Inspector> inspectors = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			Optional<Account> a = directory.account(name);
			if (a.isEmpty() || !a.get().isEnabled()) {
				problems.add(new FieldProblem("inspectors[" + i + "]", names.get(i), "没有这个用户，或已停用"));
			}
			else if (a.get().role() == Role.RULE_ADMIN) {
				problems.add(new FieldProblem("inspectors[" + i + "]", names.get(i), "政策法规人员不参加检查"));
			}
			else if (inspectors.stream().noneMatch(x -> x.username().equals(name))) {
				inspectors.add(new Draw.Inspector(name, a.get().role().isTownshipBound() ? a.get().township() : null));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return inspectors;
	}

	private int districtChecksPerYear() {
		return rulesets.current().parameters().stream().filter(p -> p.name().equals("districtChecksPerYear"))
			.mapToInt(cn.yeji.hazard.facts.Parameter::intValue).findFirst().orElse(4);
	}

	private static InvalidRequestException invalid(String field, Object value, String message) {
		return new InvalidRequestException(List.of(new FieldProblem(field, value, message)));
	}

}
