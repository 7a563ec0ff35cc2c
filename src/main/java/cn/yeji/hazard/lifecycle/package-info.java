/**
 * The serving rule set's life: loading and hot reload behind the golden-case gate, the folder watcher,
 * every activation kept with its files (history, rollback), and uploaded rule files read safely.
 */
package cn.yeji.hazard.lifecycle;
