package cn.yeji.hazard.ledger;

import java.util.List;

/** One page of a listing and how many records match in all. */
record Page<T>(List<T> items, int page, int size, long total) {
}
