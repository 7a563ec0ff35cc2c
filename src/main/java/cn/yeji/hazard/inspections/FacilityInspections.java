package cn.yeji.hazard.inspections;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.registry.FacilitySection;
import cn.yeji.hazard.security.Caller;

/** The recorded inspections on an institution's page. */
@Component
class FacilityInspections implements FacilitySection {

	private final InspectionStore store;

	FacilityInspections(InspectionStore store) {
		this.store = store;
	}

	@Override
	public String name() {
		return "inspections";
	}

	@Override
	public List<InspectionRow> newest(Caller caller, String facilityId, int limit) {
		return store.list(facilityId, null, null, null, 0, limit).items();
	}

}
