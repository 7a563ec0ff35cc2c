/** Public reports (群众举报) and their verification; a confirmed report opens a hazard entry. Owns the {@code complaint} table. */
package cn.yeji.hazard.complaints;
