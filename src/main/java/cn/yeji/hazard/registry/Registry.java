package cn.yeji.hazard.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.yeji.hazard.rules.District;
import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.security.Caller;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.NotFoundException;
import cn.yeji.hazard.system.Page;

/**
 * Registering institutions and changing what is on file for them, with a history of every change. A
 * township-bound user keeps only their own township's institutions and cannot move one elsewhere; a
 * change is made on the version the user read (a record changed since is 409).
 */
@Service
public class Registry {

	/** Where a change came from, kept in its history. */
	public enum Source {
		API, CONSOLE, IMPORT
	}

	private final RegistryStore store;

	private final Townships townships;

	private final Clock clock;

	Registry(RegistryStore store, Townships townships, Clock clock) {
		this.store = store;
		this.townships = townships;
		this.clock = clock;
	}

	public Page<FacilityRecord> page(Caller caller, String township, String kind, String q, int page, int size) {
		return store.page(caller.scope().narrow(township), kind, q, page, size);
	}

	public List<FacilityRecord> all(Caller caller, String township) {
		return store.all(caller.scope().narrow(township));
	}

	/** @throws NotFoundException for an unknown institution or one outside the caller's township */
	public FacilityRecord get(Caller caller, String id) {
		FacilityRecord f = store.find(id).orElseThrow(() -> new NotFoundException("机构", id));
		caller.scope().check(f.township(), "机构", id);
		return f;
	}

	public List<FacilityChange> history(Caller caller, String id) {
		get(caller, id);
		return store.changes(id);
	}

	/**
	 * Puts an institution on file. One the ledger only knew from a record becomes registered; one already
	 * registered is a conflict (change it with {@link #update} instead).
	 */
	@Transactional
	public FacilityRecord register(Caller caller, FacilityRecord input, Source source) {
		FacilityRecord f = completed(input);
		check(caller, f);
		Optional<FacilityRecord> known = store.find(f.id());
		if (known.isPresent() && known.get().registered()) {
			throw new ConflictException("机构 " + f.id() + " 已登记，请修改其档案而不是重新登记");
		}
		known.ifPresent(k -> caller.scope().checkCreating("township", k.township()));
		return write(caller, known.orElse(null), f, source);
	}

	/**
	 * Changes what is on file, on the version the caller read.
	 * @throws ConflictException when someone changed it first; nothing is written
	 */
	@Transactional
	public FacilityRecord update(Caller caller, String id, FacilityRecord input, int version, Source source) {
		FacilityRecord current = get(caller, id);
		if (current.version() != version) {
			throw stale(id, version, current.version());
		}
		FacilityRecord f = completed(input);
		check(caller, f);
		return write(caller, current, f, source);
	}

	/** The record as written: a new version when anything changed, the same one when nothing did. */
	private FacilityRecord write(Caller caller, FacilityRecord current, FacilityRecord f, Source source) {
		List<FacilityChange.Field> changes = FacilityChange.between(current, f);
		if (current != null && current.registered() && changes.isEmpty()) {
			return current;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (current == null) {
			store.insert(f.withVersion(0, true, now));
		}
		else if (!store.update(f.withVersion(current.version() + 1, true, now), current.version())) {
			throw stale(f.id(), current.version(), current.version() + 1);
		}
		store.addChange(f.id(), new FacilityChange(now, caller.username(), source.name(), changes));
		return store.find(f.id()).orElseThrow();
	}

	/** What an import would do with each row: created, updated or unchanged. */
	enum Outcome {
		CREATED, UPDATED, UNCHANGED
	}

	/** Classifies a checked row against what is on file, without writing. */
	Outcome outcome(FacilityRecord row) {
		Optional<FacilityRecord> known = store.find(row.id());
		if (known.isEmpty() || !known.get().registered()) {
			return Outcome.CREATED;
		}
		return FacilityChange.between(known.get(), completed(row)).isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED;
	}

	/** Writes one imported row as a registration or a change on the version on file (the import holds one transaction). */
	void importRow(Caller caller, FacilityRecord row) {
		Optional<FacilityRecord> known = store.find(row.id());
		if (known.isPresent() && known.get().registered()) {
			caller.scope().check(known.get().township(), "机构", row.id());
			write(caller, known.get(), completed(row), Source.IMPORT);
		}
		else {
			register(caller, row, Source.IMPORT);
		}
	}

	/** The problems of a record as given: a township on the district's list, unique building ids. */
	List<FieldProblem> problems(FacilityRecord f) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<District> district = townships.district();
		district.flatMap(d -> d.check("township", f.township())).ifPresent(problems::add);
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < f.buildings().size(); i++) {
			if (!ids.add(f.buildings().get(i).id())) {
				problems.add(new FieldProblem("buildings[" + i + "].id", f.buildings().get(i).id(), "建筑编号重复"));
			}
		}
		return problems;
	}

	/** @throws cn.yeji.hazard.system.ForbiddenException naming {@code township} for another township's institution */
	private void check(Caller caller, FacilityRecord f) {
		caller.scope().checkCreating("township", f.township());
		List<FieldProblem> problems = problems(f);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}

	/** Fills what the district implies: its region code, and 养老机构 as the kind. */
	private FacilityRecord completed(FacilityRecord f) {
		String region = f.regionCode() != null ? f.regionCode()
				: townships.regionCode().orElse(null);
		return new FacilityRecord(f.id(), f.name(), f.kind() == null ? "INSTITUTION" : f.kind(), f.township(), region,
				f.address(), f.legalRepresentative(), f.personInCharge(), f.phone(), f.bedCount(), f.licenceNo(),
				f.starRating(), f.latitude(), f.longitude(), f.operatingSince(), f.buildings(), f.version(), true,
				f.updatedAt());
	}

	private static ConflictException stale(String id, int submitted, int current) {
		return new ConflictException("机构 " + id + " 的档案已被他人修改（您看到的版本 " + submitted + "，现在是 " + current
				+ "），请刷新后重新修改");
	}

}
