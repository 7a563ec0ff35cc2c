package cn.yeji.hazard.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.yeji.hazard.engine.DrlSource;
import cn.yeji.hazard.facts.Parameter;

/** A pack and its DRL files as read from disk. */
record PackFiles(RulePack pack, List<DrlSource> sources, List<Parameter> parameters) {

	Map<String, String> textByFile() {
		return sources.stream().collect(Collectors.toMap(DrlSource::file, DrlSource::text));
	}

}
