/**
 * Recorded inspections: the on-site form, judging and recording what an inspector found (opening its
 * hazard entries and completing its planned task), the verdict pages, and re-judging a recorded inspection.
 * It owns the {@code inspection} table; the rule tools replay it through
 * {@link cn.yeji.hazard.inspections.RecordedInspections}.
 */
package cn.yeji.hazard.inspections;
