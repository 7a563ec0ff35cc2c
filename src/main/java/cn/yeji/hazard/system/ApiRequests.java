package cn.yeji.hazard.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.DeferredBindingException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How an API request body is read and checked against its schema, in one place: the HTTP endpoints and
 * the golden-case runner (tests, {@code rules test}, the reload gate) read a request the same way, so a
 * case file that HTTP would refuse is refused everywhere.
 * <p>
 * Strict JSON: a wrong type is a wrong type. Jackson would otherwise read {@code "true"} as a boolean,
 * {@code 1.5} as the integer 1 and {@code 7} as the string "7", and the inspector would never learn that
 * the client sent something else than it meant.
 */
public final class ApiRequests {

	/** Bounds the work done on a hostile body with thousands of bad fields. */
	private static final int MAX_PROBLEMS = 100;

	private static final JsonMapper STRICT = strict(JsonMapper.builder()).build();

	/** Reads without the strict coercion rules, only to name the other wrong fields of a refused body. */
	private static final JsonMapper LENIENT = JsonMapper.builder().build();

	/** Form fields arrive as text: numbers, booleans and dates are read from it, nothing else is relaxed. */
	private static final JsonMapper FORM = JsonMapper.builder()
		.addModule(new SimpleModule("no-control-characters").addDeserializer(String.class,
				new JsonConfiguration.NoControlCharacters()))
		.build();

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private ApiRequests() {
	}

	/** The strict reading rules, applied to the service's own JSON mapper and to {@link #read}'s. */
	static JsonMapper.Builder strict(JsonMapper.Builder builder) {
		return builder.addModule(new SimpleModule("no-control-characters").addDeserializer(String.class,
				new JsonConfiguration.NoControlCharacters()))
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
	 * Reads a request body as the endpoints do, then checks it against the schema's constraints.
	 * @throws InvalidRequestException naming every offending field, as a 400 would
	 */
	public static <T> T read(byte[] body, Class<T> type) {
		T value;
		try {
			value = type.cast(collecting(STRICT, STRICT.constructType(type), body));
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException(JsonProblems.all(ex));
		}
		List<FieldProblem> invalid = schemaProblems(value);
		if (!invalid.isEmpty()) {
			throw new InvalidRequestException(invalid);
		}
		return value;
	}

	/**
	 * Binds a request a console form gave as text ({@code "true"}, {@code "12"}, {@code "2026-11-20"}): the
	 * text is converted to each field's type. The schema's constraints are not checked yet
	 * ({@link #schemaProblems}), so they can be reported with the contract's in one answer.
	 * @throws InvalidRequestException naming every field whose text is not of its type
	 */
	public static <T> T bindForm(tools.jackson.databind.JsonNode tree, Class<T> type) {
		try {
			return type.cast(collecting(FORM, FORM.constructType(type), FORM.writeValueAsBytes(tree)));
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException(JsonProblems.all(ex));
		}
	}

	/** Every Bean Validation constraint of the schema the value breaks, as the 400 names them. */
	public static List<FieldProblem> schemaProblems(Object value) {
		Validator validator = VALIDATION.getValidator();
		Set<ConstraintViolation<Object>> violations = validator.validate(value);
		List<FieldProblem> problems = new ArrayList<>();
		for (ConstraintViolation<Object> v : violations) {
			problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getInvalidValue(),
					ConstraintMessages.of(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
							v.getConstraintDescriptor().getAttributes())));
		}
		problems.sort(Comparator.comparing(FieldProblem::field));
		return problems;
	}

	/**
	 * Reads collecting every binding problem instead of stopping at the first.
	 * @throws JacksonException whose problems {@link JsonProblems#all} lists
	 */
	static Object collecting(JsonMapper mapper, JavaType type, byte[] body) {
		try {
			return mapper.readerFor(type).problemCollectingReader(MAX_PROBLEMS).readValueCollectingProblems(body);
		}
		catch (DeferredBindingException collected) {
			throw collected;
		}
		catch (MismatchedInputException strict) {
			// A refused coercion ("true" for a boolean) stops the read at once; read again without the strict
			// coercion rules to name the other wrong fields too.
			throw withOthers(strict, type, body);
		}
	}

	private static JacksonException withOthers(MismatchedInputException strict, JavaType type, byte[] body) {
		try {
			LENIENT.readerFor(type).problemCollectingReader(MAX_PROBLEMS).readValueCollectingProblems(body);
		}
		catch (DeferredBindingException others) {
			others.addSuppressed(strict);
			return others;
		}
		catch (JacksonException ignored) {
			// the strict failure alone says enough
		}
		return strict;
	}

}
