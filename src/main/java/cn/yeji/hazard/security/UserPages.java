package cn.yeji.hazard.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.api.model.NewUserDto;
import cn.yeji.hazard.system.ApiRequests;
import cn.yeji.hazard.system.ConflictException;
import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.FieldErrors;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;
import cn.yeji.hazard.system.Labels;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The administrator's users page (用户管理): every account with its role and township, a form to create one
 * with an issued password, enabling and disabling, and every user's API tokens with revocation.
 */
@ConsolePages
class UserPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> FIELDS = List.of("username", "password", "role", "township");

	private final Users users;

	UserPages(Users users) {
		this.users = users;
	}

	/** An account as the page lists it. */
	record UserView(Account account, String roleLabel, boolean passwordIssued) {
	}

	/** A token as the page lists it. */
	record TokenView(UserStore.TokenRow token, Users.TokenStatus status) {
	}

	@GetMapping("/users")
	String users(Model model) {
		return page(model, Map.of(), Map.of());
	}

	@PostMapping("/users")
	String create(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Account created = users.create(request(params));
			redirect.addFlashAttribute("notice", "已创建用户 " + created.getUsername() + "（" + Navigation.label(created.role())
					+ "）。请把初始密码告诉本人：首次登录须先修改密码。");
			return "redirect:/users";
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			return page(model, FieldErrors.of(ex), params);
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			return page(model, FieldErrors.of(List.of(new FieldProblem("username", params.get("username"), ex.getMessage()))),
					params);
		}
	}

	@PostMapping("/users/{username}/enabled")
	String enabled(@PathVariable String username, @RequestParam boolean enabled, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			users.setEnabled(username, enabled);
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			return page(model, FieldErrors.of(List.of(new FieldProblem("enabled", username, ex.getMessage()))), Map.of());
		}
		redirect.addFlashAttribute("notice", enabled ? "已启用用户 " + username + "。"
				: "已停用用户 " + username + "：其密码和全部 API 令牌立即失效（令牌不会随重新启用而恢复）。");
		return "redirect:/users";
	}

	@PostMapping("/users/tokens/{id}/revocation")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		users.revoke(id);
		redirect.addFlashAttribute("notice", "已吊销 API 令牌 " + id + "。");
		return "redirect:/users#tokens";
	}

	/**
	 * The form as the API's {@code NewUser}: the same binding and schema checks as {@code POST /api/v1/users}.
	 * A blank control is left out, as a client would omit the field; what is typed is read as typed (a password's
	 * spaces are its own). Not {@code console.FormBody}: security sits below the console's plumbing.
	 */
	private static NewUserDto request(Map<String, String> params) {
		ObjectNode tree = JSON.createObjectNode();
		FIELDS.forEach(f -> {
			String value = params.get(f);
			if (value != null && !value.isBlank()) {
				tree.put(f, value);
			}
		});
		NewUserDto request = ApiRequests.bindForm(tree, NewUserDto.class);
		List<FieldProblem> invalid = ApiRequests.schemaProblems(request);
		if (!invalid.isEmpty()) {
			throw new InvalidRequestException(invalid);
		}
		return request;
	}

	private String page(Model model, Map<String, String> errors, Map<String, String> typed) {
		model.addAttribute("users", users.all().stream().map(a -> new UserView(a, Navigation.label(a.role()), a.passwordIssued())).toList());
		model.addAttribute("tokens", users.allTokens().stream().map(t -> new TokenView(t, users.status(t))).toList());
		model.addAttribute("roles",
				List.of(Role.values()).stream().map(r -> new Labels.Option(r.name(), Navigation.label(r))).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("values", Map.of("", typed));
		return "security/users";
	}

}
