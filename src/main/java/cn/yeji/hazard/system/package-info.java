/**
 * The shared kernel every feature may use: the settings ({@code hazard.*}) and the clock, the one way an
 * error is written (RFC 9457), how API request bodies are read (strict JSON), paging and SQL filters.
 */
package cn.yeji.hazard.system;
