package cn.yeji.hazard.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Errors on console pages are pages in Chinese, not JSON problems: a record out of the caller's township
 * reads as not found, exactly as in the API. Forms handle their own 400 and 409 next to the fields.
 */
@ControllerAdvice(annotations = ConsolePages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

	private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "error/404";
	}

	@ExceptionHandler(ForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(ForbiddenException ex, Model model) {
		model.addAttribute("message", ex.problem().message());
		return "error/403";
	}

	/** A request no form of the console sends (a control missing, a number that is not one): the page says so. */
	@ExceptionHandler({ org.springframework.web.bind.MissingServletRequestParameterException.class,
			org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
			org.springframework.web.multipart.MultipartException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(Exception ex, Model model) {
		model.addAttribute("message", "请求不完整或格式不正确，请回到上一页重新填写后提交。");
		return "error/400";
	}

	@ExceptionHandler(Exception.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	String unexpected(Exception ex, Model model) {
		log.error("console page failed unexpectedly", ex);
		model.addAttribute("message", "服务内部错误，已记录日志，请联系管理员。");
		return "error/500";
	}

}
