package org.linkage110.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.linkage110.platform.ApiCall;

/**
 * The group of calls a resource's (or method's) endpoints belong to: an agency client may use
 * them only if it is allowed that group. Staff accounts are governed by their roles instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedCall {
    ApiCall value();
}
