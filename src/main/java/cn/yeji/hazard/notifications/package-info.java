/**
 * Reminders (站内提醒): notifications written in the transaction of the change that causes them, a periodic scan
 * of what the features report as due (run on one instance at a time), each user's inbox and the console's bell,
 * and e-mail copies when e-mail is on.
 */
package cn.yeji.hazard.notifications;
