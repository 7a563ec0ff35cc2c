package cn.yeji.hazard.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.yeji.hazard.system.ConsolePages;

/**
 * Who is signed in and which pages their role may use, for every console page's header: a role is shown
 * only what {@link ConsoleSecurity} lets it open.
 */
@ControllerAdvice(annotations = ConsolePages.class)
class Navigation {

	/** One entry of the navigation: the page's path, its Chinese name and the roles that may use it. */
	record Item(String path, String label, Set<Role> roles) {
	}

	/** The signed-in user as the header shows them. */
	record Me(String username, Role role, String roleLabel, String township) {

		/** Whether this user's role is at least {@code role} (the hierarchy of {@link Role}). */
		public boolean atLeast(String role) {
			return Navigation.reach(this.role).contains(Role.valueOf(role));
		}

	}

	private static final Set<Role> INSPECTORS = Set.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.DISTRICT_OFFICER, Role.ADMIN);

	private static final Set<Role> TOWNSHIP = Set.of(Role.TOWNSHIP_OFFICER, Role.DISTRICT_OFFICER, Role.ADMIN);

	private static final Set<Role> DISTRICT = Set.of(Role.DISTRICT_OFFICER, Role.ADMIN);

	static final List<Item> ITEMS = List.of(new Item("/inspect", "现场检查", INSPECTORS), new Item("/tasks", "检查任务", INSPECTORS),
			new Item("/hazards", "隐患台账", INSPECTORS), new Item("/facilities", "机构档案", INSPECTORS),
			new Item("/complaints", "群众举报", INSPECTORS), new Item("/plans", "检查计划", DISTRICT),
			new Item("/activities", "检查培训演练", TOWNSHIP), new Item("/compliance", "频次达标", DISTRICT),
			new Item("/stats", "统计分析", DISTRICT), new Item("/rules", "判定规则", Set.of(Role.RULE_ADMIN, Role.ADMIN)),
			new Item("/users", "用户管理", Set.of(Role.ADMIN)));

	/** The roles whose pages {@code role} may use: itself and every role below it. */
	static Set<Role> reach(Role role) {
		return switch (role) {
			case INSPECTOR -> Set.of(Role.INSPECTOR);
			case TOWNSHIP_OFFICER -> Set.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
			case DISTRICT_OFFICER -> Set.of(Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.DISTRICT_OFFICER);
			case RULE_ADMIN -> Set.of(Role.RULE_ADMIN);
			case ADMIN -> Set.of(Role.values());
		};
	}

	static String label(Role role) {
		return switch (role) {
			case INSPECTOR -> "检查人员";
			case TOWNSHIP_OFFICER -> "乡镇（街道）民政办";
			case DISTRICT_OFFICER -> "区民政局";
			case RULE_ADMIN -> "政策法规人员";
			case ADMIN -> "系统管理员";
		};
	}

	/** The page a role lands on after signing in: its most frequent task. */
	static String home(Role role) {
		return switch (role) {
			case INSPECTOR -> "/inspect";
			case TOWNSHIP_OFFICER, DISTRICT_OFFICER -> "/hazards";
			case RULE_ADMIN -> "/rules";
			case ADMIN -> "/users";
		};
	}

	@ModelAttribute("me")
	Me me() {
		Account account = account();
		return account == null ? null : new Me(account.getUsername(), account.role(), label(account.role()), account.township());
	}

	/** The page being shown, so the navigation can mark where the user is. */
	@ModelAttribute("currentPath")
	String currentPath(jakarta.servlet.http.HttpServletRequest request) {
		return request.getServletPath();
	}

	@ModelAttribute("nav")
	List<Item> nav() {
		Account account = account();
		return account == null ? List.of() : ITEMS.stream().filter(i -> i.roles().contains(account.role())).toList();
	}

	static Account account() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof Account account ? account : null;
	}

}
