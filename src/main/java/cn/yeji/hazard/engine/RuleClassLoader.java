package cn.yeji.hazard.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * The second wall behind {@link RuleSandbox}: the class loader rule bases are compiled and run with. It
 * resolves the fact model, {@link Conclude}, value types and the engine's own classes, and nothing else, so
 * even code that slipped past the sandbox could not name a file, a process or a library of the service.
 * Class files are hidden from the compiler the same way, so such code fails to compile rather than to run.
 */
final class RuleClassLoader extends ClassLoader {

	/** Packages whose classes the compiled rules (and the engine's generated code) need. */
	private static final List<String> PACKAGES = List.of("java.lang.", "java.util.", "java.time.", "java.math.",
			"org.drools.", "org.kie.", "org.mvel2.", AllowedNames.FACTS_PACKAGE + ".");

	/**
	 * Within those packages, what a rule must never reach. {@code java.lang.invoke} stays: the compiler needs
	 * it for string concatenation, and the sandbox refuses any rule that names it.
	 */
	private static final List<String> NEVER = List.of("java.lang.Runtime", "java.lang.ProcessBuilder",
			"java.lang.Process", "java.lang.System", "java.lang.Thread", "java.lang.ClassLoader",
			"java.lang.reflect.", "java.lang.Module", "java.lang.StackWalker",
			"java.lang.SecurityManager", "java.lang.management.", "java.lang.ref.", "java.lang.instrument.",
			"java.util.concurrent.", "java.util.ServiceLoader", "java.util.jar.", "java.util.zip.",
			"java.util.logging.", "java.util.prefs.", "org.mvel2.MVEL", "org.kie.api.KieServices",
			"org.drools.util.IoUtils", "org.drools.io.");

	/** Types outside those packages that generated classes implement. */
	private static final Set<String> ALSO = Set.of("java.io.Serializable", "java.io.Externalizable",
			"java.io.ObjectInput", "java.io.ObjectOutput", "java.io.IOException",
			"cn.yeji.hazard.engine.Conclude");

	RuleClassLoader(ClassLoader parent) {
		super(parent);
	}

	static boolean allowed(String className) {
		if (ALSO.contains(className)) {
			return true;
		}
		if (PACKAGES.stream().noneMatch(className::startsWith)) {
			return false;
		}
		return NEVER.stream().noneMatch(n -> className.equals(n) || (n.endsWith(".") && className.startsWith(n))
				|| className.startsWith(n + "$"));
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (!allowed(name)) {
			throw new ClassNotFoundException(name + " is not available to rules");
		}
		return super.loadClass(name, resolve);
	}

	@Override
	public URL getResource(String name) {
		return hidden(name) ? null : super.getResource(name);
	}

	@Override
	public Enumeration<URL> getResources(String name) throws IOException {
		return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
	}

	@Override
	public InputStream getResourceAsStream(String name) {
		return hidden(name) ? null : super.getResourceAsStream(name);
	}

	private static boolean hidden(String resource) {
		if (!resource.endsWith(".class")) {
			return false;
		}
		String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
		return !allowed(className);
	}

}
