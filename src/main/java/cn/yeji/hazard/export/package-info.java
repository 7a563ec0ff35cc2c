/** Tables of the ledger, statistics and compliance written as CSV or Excel files with Chinese headers. */
package cn.yeji.hazard.export;
