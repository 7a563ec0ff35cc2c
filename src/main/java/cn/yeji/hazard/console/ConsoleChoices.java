package cn.yeji.hazard.console;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.yeji.hazard.rules.Townships;
import cn.yeji.hazard.security.Callers;
import cn.yeji.hazard.system.ConsolePages;

/**
 * The choices every console page offers alike, supplied once rather than by each page: the district's
 * townships, and those a caller may record for (their own, for a township-bound role, who may record nothing
 * elsewhere). The facility picker is {@code @facilityPicker} in the registry, read only by the
 * pages that show it.
 */
@ControllerAdvice(annotations = ConsolePages.class)
class ConsoleChoices {

	private final Townships townships;

	private final Callers callers;

	ConsoleChoices(Townships townships, Callers callers) {
		this.townships = townships;
		this.callers = callers;
	}

	/** Every township of the district: what filters and district forms offer. */
	@ModelAttribute("townships")
	List<String> townships() {
		return townships.names();
	}

	/** What a caller may record for: the district's list, or a township-bound role's own; none on the sign-in page. */
	@ModelAttribute("myTownships")
	List<String> myTownships() {
		return callers.signedIn().map(c -> c.isDistrict() ? townships.names() : List.of(c.township())).orElse(List.of());
	}

}
