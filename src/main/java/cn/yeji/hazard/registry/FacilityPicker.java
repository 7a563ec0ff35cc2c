package cn.yeji.hazard.registry;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.yeji.hazard.security.Callers;

/**
 * The facilities a console form offers to pick from ({@code @facilityPicker.options()} in a template): those of
 * the caller's township, or of the district, by name. Read only by the pages that show a picker, so the others
 * pay nothing for it.
 */
@Component("facilityPicker")
public class FacilityPicker {

	/** Enough for a district's institutions; a longer list is typed into, not scrolled. */
	static final int SIZE = 500;

	private final FacilityStore facilities;

	private final Callers callers;

	FacilityPicker(FacilityStore facilities, Callers callers) {
		this.facilities = facilities;
		this.callers = callers;
	}

	public List<FacilityStore.Known> options() {
		return facilities.known(callers.current().township(), SIZE);
	}

}
