/** Who may do what: users and roles, township scoping, API tokens, the audit log and request limits. */
package cn.yeji.hazard.security;
