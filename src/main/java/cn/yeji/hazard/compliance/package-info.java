/** Inspection, self-check, training and drill cadences: recorded activities judged by the compliance rule pack. */
package cn.yeji.hazard.compliance;
