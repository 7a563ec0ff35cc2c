package cn.yeji.hazard.facts;

/** An input fact that knows where it stood in the request, so evidence can cite its path. */
public interface Fact {

	/** The fact's path in the request, e.g. {@code buildings[1]}. */
	String path();

	/** The path of one of this fact's fields, e.g. {@code buildings[1].dangerousBuildingGrade}. */
	default String at(String field) {
		return path() + "." + field;
	}

}
