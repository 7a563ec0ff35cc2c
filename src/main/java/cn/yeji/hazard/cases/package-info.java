/**
 * Golden cases: reading the officer-readable example files under {@code examples/} and checking a
 * verdict against what a case expects.
 */
package cn.yeji.hazard.cases;
