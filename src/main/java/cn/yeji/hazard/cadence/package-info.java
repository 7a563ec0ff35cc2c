/**
 * The cadence report (频次达标): the compliance pack judged over a year of recorded activities for every
 * registered institution, institutions at risk during the year, and their reminders.
 */
package cn.yeji.hazard.cadence;
