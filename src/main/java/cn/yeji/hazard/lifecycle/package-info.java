/**
 * The guideline lifecycle: validating, testing and diffing rule revisions (command line and HTTP), and
 * swapping a checked revision into the running service.
 */
package cn.yeji.hazard.lifecycle;
