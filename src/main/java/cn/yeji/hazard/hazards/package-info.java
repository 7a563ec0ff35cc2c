/**
 * The hazard ledger (隐患台账): every hazard an inspection, a self-check or a verified public report found,
 * from opening through assignment, rectification and acceptance to closure (销号), its escalation and its
 * reminders. It owns the {@code hazard} and {@code hazard_event} tables; others read them through
 * {@link cn.yeji.hazard.hazards.HazardFacts}.
 */
package cn.yeji.hazard.hazards;
