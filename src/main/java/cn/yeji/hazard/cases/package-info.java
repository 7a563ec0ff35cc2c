/**
 * Golden cases: the one runner that reads the officer-readable files under {@code examples/} exactly as
 * HTTP reads a request, judges them against one rule set and checks what each case expects — shared by
 * {@code mvn verify}, {@code rules test}/{@code diff} and the reload gate.
 */
package cn.yeji.hazard.cases;
