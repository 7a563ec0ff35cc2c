package cn.yeji.hazard.facts;

/** The facility's own medical unit (内设医疗机构). */
public record MedicalUnit(String path, Boolean present, Boolean practiceLicense, Boolean filed) implements Fact {
}
