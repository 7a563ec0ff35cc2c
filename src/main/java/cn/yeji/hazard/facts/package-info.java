/**
 * The fact model the guideline rules read and write: immutable input facts mapped from a request,
 * and the conclusions (findings, missing facts, elements, escalations) that rules insert.
 */
package cn.yeji.hazard.facts;
