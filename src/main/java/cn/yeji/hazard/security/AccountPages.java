package cn.yeji.hazard.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.yeji.hazard.system.ConsolePages;
import cn.yeji.hazard.system.FieldErrors;
import cn.yeji.hazard.system.FieldProblem;
import cn.yeji.hazard.system.InvalidRequestException;

/** Signing in, the role's home page, and changing one's own password in the console. */
@ConsolePages
class AccountPages {

	private final Passwords passwords;

	private final UserStore users;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountPages(Passwords passwords, UserStore users) {
		this.passwords = passwords;
		this.users = users;
	}

	@GetMapping("/login")
	String login() {
		return "security/login";
	}

	/** Home is the role's most frequent task. */
	@GetMapping("/")
	String home() {
		Account account = Navigation.account();
		return "redirect:" + (account == null ? "/login" : Navigation.home(account.role()));
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		Account account = Navigation.account();
		model.addAttribute("issued", account != null && account.passwordIssued());
		model.addAttribute("errors", Map.of());
		return "security/password";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Account account = Navigation.account();
		try {
			List<FieldProblem> confirmation = newPassword.equals(confirmPassword) ? List.of()
					: List.of(new FieldProblem("confirmPassword", null, "两次输入的新密码不一致"));
			passwords.change(account.getUsername(), currentPassword, newPassword, confirmation);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("issued", account.passwordIssued());
			model.addAttribute("errors", FieldErrors.of(ex));
			return "security/password";
		}
		signInAgain(account.getUsername(), request, response);
		redirect.addFlashAttribute("notice", "密码已修改。");
		return "redirect:" + Navigation.home(account.role());
	}

	/** The session's account still says "password issued": replace it with the account as it is now. */
	private void signInAgain(String username, HttpServletRequest request, HttpServletResponse response) {
		Account fresh = users.find(username).orElseThrow();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
	}

}
