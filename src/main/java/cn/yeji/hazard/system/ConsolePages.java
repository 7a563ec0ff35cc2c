package cn.yeji.hazard.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of console pages (server-rendered HTML), as opposed to the JSON API: the console's model
 * (who is signed in, the navigation) and its error pages apply to these only, never to API responses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface ConsolePages {

	@AliasFor(annotation = Controller.class)
	String value() default "";

}
