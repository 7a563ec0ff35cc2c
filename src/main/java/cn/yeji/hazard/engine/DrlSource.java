package cn.yeji.hazard.engine;

/**
 * One DRL file as its author wrote it.
 *
 * @param file the path officers know it by, relative to the rules folder (e.g. {@code mca2023/4-facilities.drl})
 * @param text the DRL
 */
public record DrlSource(String file, String text) {
}
