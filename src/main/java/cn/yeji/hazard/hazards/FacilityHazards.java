package cn.yeji.hazard.hazards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.registry.FacilitySection;
import cn.yeji.hazard.security.Caller;

/** The hazard entries on an institution's page. */
@Component
class FacilityHazards implements FacilitySection {

	private final HazardStore store;

	private final Clock clock;

	FacilityHazards(HazardStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "hazards";
	}

	@Override
	public List<HazardRow> newest(Caller caller, String facilityId, int limit) {
		return store.list(HazardFilter.of(facilityId), LocalDate.now(clock), 0, limit).items();
	}

}
