package cn.yeji.hazard.registry;

import java.util.List;

import cn.yeji.hazard.security.Caller;

/**
 * One part of an institution's page (一院一档) that another feature holds: its inspections, hazard entries,
 * tasks, activities or public reports. The registry asks every section it finds, so it knows none of the
 * features that record things about an institution, and a new feature adds its part without touching it.
 */
public interface FacilitySection {

	/** The name the page's template reads the rows under ({@code hazards}, {@code tasks}, …). */
	String name();

	/** The newest {@code limit} rows of this facility, which the caller may see. */
	List<?> newest(Caller caller, String facilityId, int limit);

}
