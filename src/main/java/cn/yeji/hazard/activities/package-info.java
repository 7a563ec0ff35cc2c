/**
 * District checks, self-checks, staff trainings and evacuation drills as they were held (检查、自查、培训、演练),
 * recorded by officers or by completing a planned task. Owns the {@code activity} table.
 */
package cn.yeji.hazard.activities;
