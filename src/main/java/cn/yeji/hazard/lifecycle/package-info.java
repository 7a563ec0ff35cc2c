/**
 * The guideline lifecycle: the {@code rules} command line, the {@code /api/v1/ruleset} and
 * {@code /api/v1/rules} resources, validating, testing and diffing revisions, and swapping a checked
 * revision into the running service (hot reload).
 */
package cn.yeji.hazard.lifecycle;
