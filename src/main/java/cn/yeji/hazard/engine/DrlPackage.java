package cn.yeji.hazard.engine;

/**
 * A DRL file's package declaration, as {@link DrlSource#packageOf} finds it.
 *
 * @param name the declared package, e.g. {@code cn.yeji.hazard.rules.mca2023}
 * @param line the 1-based line of the name, so a problem with it points where the officer must edit
 */
public record DrlPackage(String name, int line) {
}
