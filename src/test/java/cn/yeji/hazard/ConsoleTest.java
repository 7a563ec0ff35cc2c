package cn.yeji.hazard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the console in a real browser, on the whole service at a random port. Its test methods and their
 * {@code @BeforeEach} and {@code @AfterEach} methods may take a {@link Browser} (opened on the service before
 * each test, the same one for the test and its set-up, closed after it; skipped without Chromium as
 * {@link Browser#open} says) and an {@link Api} (the first administrator's client); see {@link ConsoleExtension}.
 * <p>
 * The port, for a second browser or another user's client, is Spring's own {@code @LocalServerPort int port},
 * as a field or as a parameter. A class that needs {@code @SpringBootTest} attributes of its own (properties,
 * classes) cannot merge them with this annotation's: it declares {@code @SpringBootTest(...)} and
 * {@code @ExtendWith(ConsoleExtension.class)} itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ConsoleExtension.class)
public @interface ConsoleTest {

}
