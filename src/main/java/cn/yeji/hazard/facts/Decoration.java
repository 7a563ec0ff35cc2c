package cn.yeji.hazard.facts;

/** Extent of flammable or combustible decoration (易燃可燃材料装修装饰). */
public enum Decoration {

	NONE, LIMITED, EXTENSIVE

}
