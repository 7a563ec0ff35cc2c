package cn.yeji.hazard.activities;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.registry.FacilitySection;
import cn.yeji.hazard.security.Caller;

/** The checks, trainings and drills on an institution's page. */
@Component
class FacilityActivities implements FacilitySection {

	private final ActivityStore store;

	FacilityActivities(ActivityStore store) {
		this.store = store;
	}

	@Override
	public String name() {
		return "activities";
	}

	@Override
	public List<ActivityRow> newest(Caller caller, String facilityId, int limit) {
		return store.page(facilityId, null, null, null, 0, limit).items();
	}

}
