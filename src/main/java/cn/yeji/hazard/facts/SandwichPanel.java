package cn.yeji.hazard.facts;

/** Colour-steel sandwich panels (彩钢夹芯板) used in a building. */
public record SandwichPanel(Boolean present, CoreFireClass coreFireClass, Boolean occupied) {
}
