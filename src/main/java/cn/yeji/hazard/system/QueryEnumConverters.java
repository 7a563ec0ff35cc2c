package cn.yeji.hazard.system;

import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters name enum values as the OpenAPI document writes them ({@code format=csv},
 * {@code groupBy=ruleId}); the generated enums are named in upper case ({@code CSV}, {@code RULE_ID}).
 * Registered after Spring's name-only converter, so it is the one consulted.
 */
@Configuration(proxyBeanMethods = false)
class QueryEnumConverters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new ByValueOrName());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class ByValueOrName implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
			return source -> {
				String text = source.strip();
				if (text.isEmpty()) {
					return null;
				}
				for (T constant : targetType.getEnumConstants()) {
					if (constant.toString().equals(text) || constant.name().equals(text.toUpperCase(Locale.ROOT))) {
						return constant;
					}
				}
				throw new IllegalArgumentException("no " + targetType.getSimpleName() + " named " + source);
			};
		}

	}

}
