/**
 * The hazard ledger (隐患台账): recorded inspections, public reports and the closed-loop rectification of
 * every major hazard they find, from opening to closure (销号).
 */
package cn.yeji.hazard.ledger;
