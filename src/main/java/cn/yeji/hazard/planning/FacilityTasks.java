package cn.yeji.hazard.planning;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.registry.FacilitySection;

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
	public List<TaskRow> newest(String facilityId, int limit) {
		return plans.tasks(null, null, null, null, null, facilityId, 0, limit).items();
	}

}
