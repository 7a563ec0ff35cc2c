package cn.yeji.hazard.facts;

/** The fire control room (消防控制室) and how it is staffed. */
public record FireControlRoom(String path, Boolean present, Integer staffPerShift, Boolean staffed24h)
		implements Fact {
}
