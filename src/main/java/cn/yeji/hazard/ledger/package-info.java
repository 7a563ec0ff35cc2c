/**
 * The hazard ledger (隐患台账): recorded inspections, public reports, activities (checks, self-checks,
 * training, drills) and the closed-loop rectification of every major hazard they find, from opening to
 * closure (销号), with the cadence report over what it has recorded. It owns the ledger's tables.
 */
package cn.yeji.hazard.ledger;
