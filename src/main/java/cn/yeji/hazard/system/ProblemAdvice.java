package cn.yeji.hazard.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
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

	static final URI INVALID_REQUEST = URI.create("urn:hazard-judge:problem:invalid-request");

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<Object> invalidRequest(InvalidRequestException ex) {
		return badRequest(ex.problems());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ConstraintViolation<?> v : ex.getConstraintViolations()) {
			problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getInvalidValue(),
					ConstraintMessages.of(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
							v.getConstraintDescriptor().getAttributes())));
		}
		return badRequest(problems);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("determination failed unexpectedly", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"服务内部错误，已记录日志，请联系管理员。");
		problem.setTitle("Internal Server Error");
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
		return badRequest(JsonProblems.all(ex));
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
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"请求不符合接口约定，共 " + problems.size() + " 处错误，见 errors。");
		problem.setType(INVALID_REQUEST);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", problems);
		return ResponseEntity.badRequest().body(problem);
	}

}
