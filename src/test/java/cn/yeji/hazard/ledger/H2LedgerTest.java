package cn.yeji.hazard.ledger;

import org.springframework.boot.test.context.SpringBootTest;

/** The ledger on the embedded default: an H2 file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2LedgerTest extends LedgerContract {
}
