package cn.yeji.hazard.inspections;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.yeji.hazard.api.model.DeterminationRequestDto;
import cn.yeji.hazard.api.model.FacilityDto;
import cn.yeji.hazard.api.model.FindingDto;
import cn.yeji.hazard.api.model.InspectionDto;
import cn.yeji.hazard.api.model.LevelDto;
import cn.yeji.hazard.api.model.VerdictDto;
import cn.yeji.hazard.determination.DeterminationService;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.registry.FacilityStore;
import tools.jackson.databind.json.JsonMapper;
import cn.yeji.hazard.hazards.HazardLedger;
import cn.yeji.hazard.hazards.HazardLink;
import cn.yeji.hazard.hazards.NewHazard;
import cn.yeji.hazard.security.Caller;

/**
 * Judges an inspection and records it with the ledger entries it opens, all in one transaction: the
 * inspection, its verdict and its entries are stored together or not at all.
 */
@Service
class InspectionRecorder {

	/** Two inspectors opening the same entry at once: the loser's transaction is replayed and joins. */
	private static final int ATTEMPTS = 3;

	/** The ledger's column size for people's and townships' names. */
	private static final int MAX_NAME = 100;

	private final DeterminationService determinations;

	private final InspectionStore inspections;

	private final FacilityStore facilities;

	private final HazardLedger ledger;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final TaskCompletion tasks;

	InspectionRecorder(DeterminationService determinations, InspectionStore inspections, FacilityStore facilities,
			HazardLedger ledger, TransactionTemplate transactions, JsonMapper json, Clock clock, TaskCompletion tasks) {
		this.tasks = tasks;
		this.determinations = determinations;
		this.inspections = inspections;
		this.facilities = facilities;
		this.ledger = ledger;
		// nested: on its own a transaction of its own; inside an idempotent write a savepoint, so the retry
		// after a concurrent opening of the same entry rolls back only its own attempt
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_NESTED);
		this.json = json;
		this.clock = clock;
	}

	/** @return the stored inspection's id and the entries it opened or joined */
	Recorded record(Caller caller, DeterminationRequestDto request) {
		List<FieldProblem> problems = ledgerProblems(request);
		if (request.getFacility() != null) {
			facilities.checkWritable(caller, "facility.township", request.getFacility().getId(), request.getFacility().getRegionCode(),
					request.getFacility().getTownship());
		}
		VerdictDto verdict;
		try {
			verdict = determinations.determine(request);
		}
		catch (InvalidRequestException ex) {
			// one answer names every offending field, the determination's and the ledger's
			List<FieldProblem> all = new ArrayList<>(ex.problems());
			all.addAll(problems);
			throw new InvalidRequestException(all);
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> store(caller, request, verdict));
			}
			catch (DuplicateKeyException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Recorded store(Caller caller, DeterminationRequestDto request, VerdictDto verdict) {
		FacilityDto facility = request.getFacility();
		InspectionDto inspection = request.getInspection();
		facilities.save(facility.getId(), facility.getName(), facility.getRegionCode(), facility.getTownship(),
				facility.getKind() == null ? null : facility.getKind().getValue(), verdict.getReferenceDate());
		long id = inspections.insert(new InspectionRow(0, facility.getId(), facility.getName(), facility.getTownship(),
				inspection.getChannel().getValue(), inspection.getInspector(), verdict.getReferenceDate(),
				OffsetDateTime.now(clock), verdict.getRuleset().getVersion(), verdict.getVerdict().getValue(),
				json.writeValueAsString(request), json.writeValueAsString(verdict)));
		if (inspection.getTaskId() != null) {
			tasks.complete(caller, inspection.getTaskId(), request, id, verdict.getReferenceDate());
		}
		Map<String, String> escalations = new LinkedHashMap<>();
		verdict.getEscalations().forEach(e -> escalations.putIfAbsent(e.getRuleId(), e.getReason()));
		List<HazardLink> links = new ArrayList<>();
		for (FindingDto finding : ledgerFindings(verdict)) {
			links.add(ledger.openOrJoin(caller, new NewHazard(facility.getId(), facility.getTownship(), finding.getRuleId(),
					finding.getLevel().getValue(), finding.getTitle(), inspection.getChannel().getValue(),
					verdict.getReferenceDate(), json.writeValueAsString(finding.getEvidence()), id, null,
					inspection.getInspector(), escalations.get(finding.getRuleId()))));
		}
		return new Recorded(id, links);
	}

	/** Every MAJOR and REVIEW finding, one per clause: the ledger tracks hazards, not sightings. */
	private static List<FindingDto> ledgerFindings(VerdictDto verdict) {
		Map<String, FindingDto> byRule = new LinkedHashMap<>();
		for (FindingDto f : verdict.getFindings()) {
			if (f.getLevel() == LevelDto.MAJOR || f.getLevel() == LevelDto.REVIEW) {
				byRule.putIfAbsent(f.getRuleId(), f);
			}
		}
		return List.copyOf(byRule.values());
	}

	/** What a record needs beyond a determination: who inspected, through which channel, within column sizes. */
	private static List<FieldProblem> ledgerProblems(DeterminationRequestDto request) {
		InspectionDto inspection = request.getInspection();
		List<FieldProblem> problems = new ArrayList<>();
		String township = request.getFacility() == null ? null : request.getFacility().getTownship();
		if (township != null && township.length() > MAX_NAME) {
			problems.add(new FieldProblem("facility.township", township, "长度须在 0 到 " + MAX_NAME + " 之间"));
		}
		if (inspection == null) {
			problems.add(new FieldProblem("inspection", null, "记录检查须填写检查渠道（channel）和检查人（inspector）"));
		}
		else {
			if (inspection.getChannel() == null) {
				problems.add(new FieldProblem("inspection.channel", null, "记录检查须填写检查渠道"));
			}
			if (inspection.getInspector() == null || inspection.getInspector().isBlank()) {
				problems.add(new FieldProblem("inspection.inspector", inspection.getInspector(), "记录检查须填写检查人"));
			}
			else if (inspection.getInspector().length() > MAX_NAME) {
				problems.add(new FieldProblem("inspection.inspector", inspection.getInspector(),
						"长度须在 1 到 " + MAX_NAME + " 之间"));
			}
		}
		return problems;
	}

	record Recorded(long inspectionId, List<HazardLink> links) {
	}

}
