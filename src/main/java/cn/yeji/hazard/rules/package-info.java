/**
 * Guideline packs on disk: reads the rules folder (pack descriptors, DRL, observation catalog), checks
 * it, compiles it through the engine and serves the active rule set and its listing endpoints.
 */
package cn.yeji.hazard.rules;
