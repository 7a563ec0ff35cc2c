/**
 * Inspection plans (双随机): a year's district checks drawn over the registered institutions and the
 * inspectors from a stored seed, so any draw can be reproduced and audited; the tasks they make, and their
 * completion when an inspection is recorded for one.
 */
package cn.yeji.hazard.planning;
