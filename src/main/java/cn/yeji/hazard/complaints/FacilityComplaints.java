package cn.yeji.hazard.complaints;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.registry.FacilitySection;
import cn.yeji.hazard.security.Caller;

/** The public reports on an institution's page. */
@Component
class FacilityComplaints implements FacilitySection {

	private final ComplaintStore store;

	FacilityComplaints(ComplaintStore store) {
		this.store = store;
	}

	@Override
	public String name() {
		return "complaints";
	}

	@Override
	public List<ComplaintRow> newest(Caller caller, String facilityId, int limit) {
		return store.list(facilityId, null, null, 0, limit).items();
	}

}
