package cn.yeji.hazard.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict JSON: a wrong type is a wrong type. Jackson would otherwise read {@code "true"} as a boolean,
 * {@code 1.5} as the integer 1 and {@code 7} as the string "7", and the inspector would never learn that
 * the client sent something else than it meant.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	/** Picked up by Spring MVC ahead of the default JSON converter, for the API's request types only. */
	@Bean
	CollectingJsonConverter collectingJsonConverter(JsonMapper mapper) {
		return new CollectingJsonConverter(mapper);
	}

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return builder -> builder.addModule(new SimpleModule("no-control-characters").addDeserializer(String.class,
				new NoControlCharacters()))
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
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
