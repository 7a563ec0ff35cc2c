/**
 * The one place that touches the rules engine (KIE/Drools): it compiles DRL, reports problems with the
 * author's file and line, evaluates facts and always disposes what it opens.
 */
package cn.yeji.hazard.engine;
