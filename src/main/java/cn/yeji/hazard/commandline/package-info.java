/**
 * The {@code rules} command line (validate, test, diff): what a policy officer runs on a revised folder
 * before it goes live, with no service running.
 */
package cn.yeji.hazard.commandline;
