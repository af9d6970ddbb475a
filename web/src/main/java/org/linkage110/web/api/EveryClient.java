package org.linkage110.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint every agency client may call whatever groups of calls it is allowed (exchanging its
 * key for a token, say): the call itself grants nothing the client could not do with its key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EveryClient {
}
