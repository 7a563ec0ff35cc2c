/**
 * The registry of every institution in the district (一院一档): what is kept on file for each, its buildings
 * and the history of every change, Excel import and export. The ledger starts from it, so an institution
 * never inspected is still known, and still falls short of its cadences.
 */
package cn.yeji.hazard.registry;
