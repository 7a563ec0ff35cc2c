/**
 * Judging a facility: the determination endpoint, the checks and mapping of a request into facts, and
 * the assembly of the rules' conclusions into a verdict.
 */
package cn.yeji.hazard.determination;
