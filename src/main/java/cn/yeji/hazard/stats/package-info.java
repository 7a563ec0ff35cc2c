/** Hazard statistics across every channel, the 动态清零 trend and the slow-progress report for 通报/约谈. */
package cn.yeji.hazard.stats;
