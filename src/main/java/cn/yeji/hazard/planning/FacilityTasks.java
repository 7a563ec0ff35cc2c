package cn.yeji.hazard.planning;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.registry.FacilitySection;
import cn.yeji.hazard.security.Caller;

/** The planned tasks on an institution's page. */
@Component
class FacilityTasks implements FacilitySection {

	private final Plans plans;

	FacilityTasks(Plans plans) {
		this.plans = plans;
	}

	@Override
	public String name() {
		return "tasks";
	}

	@Override
	public List<TaskRow> newest(Caller caller, String facilityId, int limit) {
		return plans.tasks(caller, null, null, null, null, null, facilityId, 0, limit).items();
	}

}
