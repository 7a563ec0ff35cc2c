package cn.yeji.hazard.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/** The service's JSON mapper reads strictly, by the rules of {@link ApiRequests}. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	/** Picked up by Spring MVC ahead of the default JSON converter, for the API's request types only. */
	@Bean
	CollectingJsonConverter collectingJsonConverter(tools.jackson.databind.json.JsonMapper mapper) {
		return new CollectingJsonConverter(mapper);
	}

	/** The strict reading rules of {@link ApiRequests}, for the service's own mapper. */
	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return ApiRequests::strict;
	}

	/**
	 * Text never carries control characters (NUL and the rest below U+0020 but tab, line feed and carriage
	 * return): PostgreSQL cannot store NUL at all, and none belongs in what an inspector writes.
	 */
	static final class NoControlCharacters extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = super.deserialize(p, ctxt);
			if (value != null && hasControl(value)) {
				return (String) ctxt.handleWeirdStringValue(String.class, value, "不得包含控制字符（如 \\u0000）");
			}
			return value;
		}

		static boolean hasControl(String value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
					return true;
				}
			}
			return false;
		}

	}

}
