package cn.yeji.hazard.system;

import java.util.Map;

/** Chinese messages for the Bean Validation constraints the OpenAPI document generates. */
final class ConstraintMessages {

	private ConstraintMessages() {
	}

	static String of(String constraint, Map<String, Object> attributes) {
		if (constraint == null) {
			return "取值不正确";
		}
		return switch (constraint) {
			case "NotNull" -> "必填字段缺失";
			case "Size" -> size(attributes.get("min"), attributes.get("max"));
			case "Pattern" -> pattern(String.valueOf(attributes.get("regexp")));
			case "Min", "DecimalMin" -> "不得小于 " + attributes.get("value");
			case "Max", "DecimalMax" -> "不得大于 " + attributes.get("value");
			default -> "取值不正确（" + constraint + "）";
		};
	}

	private static String size(Object min, Object max) {
		if (Integer.valueOf(Integer.MAX_VALUE).equals(max)) {
			return "长度不得少于 " + min;
		}
		return "长度须在 " + min + " 到 " + max + " 之间";
	}

	private static String pattern(String regexp) {
		return switch (regexp) {
			case "^[0-9]{6}$" -> "须为6位数字的行政区划代码（GB/T 2260）";
			case "^[A-Za-z0-9_-]+$" -> "只能包含字母、数字、下划线和连字符";
			case "^[A-Za-z0-9_.-]{3,64}$" -> "须为 3 到 64 个字母、数字、下划线、点或连字符";
			default -> "格式不符合要求：" + regexp;
		};
	}

}
