/**
 * Turns a rules folder into a rule set, nothing more: reads and checks the pack descriptors, DRL,
 * parameters, observation catalog and district list, compiles them through the engine and holds the
 * active rule set. It knows nothing of HTTP.
 */
package cn.yeji.hazard.rules;
