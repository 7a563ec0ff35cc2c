/**
 * What every console page needs and no feature owns: reading a listing's query and a form as the API
 * body it stands for, and the Chinese words for the ledger's codes.
 */
package cn.yeji.hazard.console;
