package cn.yeji.hazard.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place errors become responses: every error is an RFC 9457 problem. Bad input is a 400 whose
 * {@code errors} name each offending field, its value and what is wrong; anything unexpected is a 500
 * with a fixed detail, its cause logged and never returned.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	static final int RETRY_AFTER_SECONDS = 5;

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<Object> invalidRequest(InvalidRequestException ex) {
		return badRequest(ex.problems());
	}

	/** A query parameter Tomcat could not decode: {@code %zz}, or percent-encoded bytes that are not UTF-8. */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> undecodableParameter(InvalidParameterException ex) {
		return badRequest(List.of(new FieldProblem("(query)", null,
				"查询参数无法解码：须按 UTF-8 百分号编码（百分号后须是两位十六进制数，如“三元镇”写作 %E4%B8%89%E5%85%83%E9%95%87）")));
	}

	/**
	 * A multipart body Tomcat could not take apart: no boundary, cut short, a part's file name with NUL or
	 * other characters no file may have. (Too large is 413, answered by the base class.)
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> brokenMultipart(MultipartException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof InvalidFileNameException name) {
				return badRequest(List.of(new FieldProblem("files", name.getName().replace('\0', '?'),
						"文件名含不允许的字符（如 NUL 等控制字符）")));
			}
		}
		return badRequest(List.of(new FieldProblem(JsonProblems.BODY, null,
				"multipart/form-data 请求体格式不正确（缺少分隔符 boundary，或内容不完整）")));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"不支持的请求内容类型 " + ex.getContentType() + "，可用：" + ex.getSupportedMediaTypes());
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ConstraintViolation<?> v : ex.getConstraintViolations()) {
			problems.add(new FieldProblem(field(v.getPropertyPath()), v.getInvalidValue(),
					ConstraintMessages.of(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
							v.getConstraintDescriptor().getAttributes())));
		}
		return badRequest(problems);
	}

	/** {@code listHazards.size} names the method too; the client only knows the parameter {@code size}. */
	private static String field(Path path) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.METHOD) {
				continue;
			}
			if (!field.isEmpty()) {
				field.append('.');
			}
			field.append(node);
		}
		return field.isEmpty() ? path.toString() : field.toString();
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, ex.getMessage());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<Object> forbidden(ForbiddenException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, ex.problem().message());
		problem.setProperty("errors", List.of(ex.problem()));
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	@ExceptionHandler(KeyReusedException.class)
	ResponseEntity<Object> keyReused(KeyReusedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setProperty("errors", List.of(new FieldProblem("Idempotency-Key", null, ex.getMessage())));
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ex.getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/**
	 * The ledger database is out of reach: the client may try again; nothing was acknowledged. A rollback
	 * that fails (TransactionSystemException) means the connection died under the statement.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class, TransactionSystemException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex) {
		log.warn("ledger database unavailable: {}", ex.getMessage());
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
				"台账数据库暂时不可用，本次未写入任何内容，请稍后重试。");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
			.body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("request failed unexpectedly: {}", request.getDescription(false), ex);
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
				"服务内部错误，已记录日志，请联系管理员。");
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			problems.add(new FieldProblem(error.getField(), error.getRejectedValue(), message(error)));
		}
		return badRequest(problems);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		log.debug("unreadable request body", ex);
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException tooLarge) {
				ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE,
						Problems.tooLarge(tooLarge.limit()));
				problem.setProperty("limit", tooLarge.limit());
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
			}
		}
		return badRequest(JsonProblems.all(ex));
	}

	/** A query or path value of the wrong type, e.g. {@code from=yesterday} or {@code format=pdf}. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
		return badRequest(List.of(new FieldProblem(name, ex.getValue(), typeMessage(ex.getRequiredType()))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(List.of(new FieldProblem(ex.getParameterName(), null, "必填")));
	}

	/** A query or path value out of its declared range, e.g. {@code size=10000}. */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
			String name = param != null && !param.value().isEmpty() ? param.value()
					: result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				problems.add(new FieldProblem(name, result.getArgument(), violationMessage(result, error)));
			}
		}
		return badRequest(problems);
	}

	private static String violationMessage(ParameterValidationResult result, MessageSourceResolvable error) {
		try {
			ConstraintViolation<?> v = result.unwrap(error, ConstraintViolation.class);
			return ConstraintMessages.of(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
					v.getConstraintDescriptor().getAttributes());
		}
		catch (IllegalArgumentException ex) {
			return error.getDefaultMessage();
		}
	}

	private static String typeMessage(Class<?> type) {
		if (type == null) {
			return "类型不正确";
		}
		if (java.time.LocalDate.class.equals(type)) {
			return "须为日期，格式 yyyy-MM-dd";
		}
		if (type.isEnum()) {
			return "须为以下取值之一：" + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "须为整数";
		}
		return "类型不正确";
	}

	private static String message(FieldError error) {
		if (!error.contains(ConstraintViolation.class)) {
			// a contract check: its message is already the officer's
			return error.getDefaultMessage();
		}
		Map<String, Object> attributes = error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes();
		return ConstraintMessages.of(error.getCode(), attributes);
	}

	private static ResponseEntity<Object> badRequest(List<FieldProblem> problems) {
		return ResponseEntity.badRequest().body(Problems.invalid(problems));
	}

	/** Spring's own problems (405, 406, …) get the service's type scheme and titles too. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			Problems.typed(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

}
