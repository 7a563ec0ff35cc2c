package cn.yeji.hazard;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What a {@link ConsoleTest} is given, as parameters of its test methods and their {@code @BeforeEach} and
 * {@code @AfterEach} methods: the test's {@link Browser} on the service, and an {@link Api} signed in as the first
 * administrator. The service is the Spring test context's, at its {@code local.server.port}.
 * <p>
 * The browser is opened before the class's own {@code @BeforeEach} methods, not when a parameter asks for it:
 * JUnit turns whatever a parameter resolver throws into a failure, so {@link Browser#open}'s assumption (Chromium
 * is not installed) would fail the test instead of skipping it. Opened here, a missing Chromium skips the test as
 * before, and fails it under {@code CI=true}. It is closed after the class's own {@code @AfterEach} methods.
 */
public final class ConsoleExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ConsoleExtension.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		context.getStore(NAMESPACE).put(Browser.class, Browser.open(port(context)));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == Browser.class || type == Api.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		if (parameter.getParameter().getType() == Api.class) {
			return new Api(port(context));
		}
		Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
		if (browser == null) {
			throw new ParameterResolutionException("A console test's Browser is opened for each test: only a test method "
					+ "and its @BeforeEach and @AfterEach methods may take it, not " + parameter.getDeclaringExecutable());
		}
		return browser;
	}

	/** The port the test context's server listens on. */
	private static int port(ExtensionContext context) {
		Integer port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getProperty("local.server.port", Integer.class);
		if (port == null) {
			throw new IllegalStateException(context.getRequiredTestClass().getName()
					+ " has no server at a port: a console test is a @SpringBootTest(webEnvironment = RANDOM_PORT)");
		}
		return port;
	}

}
