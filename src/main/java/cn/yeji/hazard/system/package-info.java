/**
 * Cross-cutting service plumbing: turning every error into an RFC 9457 problem, the clock, JSON
 * strictness and the API documentation page.
 */
package cn.yeji.hazard.system;
